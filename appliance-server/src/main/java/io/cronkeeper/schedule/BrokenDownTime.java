package io.cronkeeper.schedule;

/**
 * C's {@code struct tm}: systemd's next-elapse search works on these fields, lets them overflow
 * (day 32, hour 24) and has {@code mktime} normalize them. A mutable struct, because the search
 * is a line-by-line port of code that mutates one.
 */
final class BrokenDownTime {
    int sec;
    int min;
    int hour;
    int mday;
    /** 0..11. */
    int mon;
    /** Years since 1900. */
    int year;
    /** 0 = Sunday. */
    int wday;
    /** 0..365. */
    int yday;
    /** 1 daylight saving time, 0 standard time, -1 unknown (let mktime decide). */
    int isdst;

    BrokenDownTime copy() {
        BrokenDownTime t = new BrokenDownTime();
        t.set(this);
        return t;
    }

    void set(BrokenDownTime o) {
        sec = o.sec;
        min = o.min;
        hour = o.hour;
        mday = o.mday;
        mon = o.mon;
        year = o.year;
        wday = o.wday;
        yday = o.yday;
        isdst = o.isdst;
    }

    @Override
    public String toString() {
        return String.format("%04d-%02d-%02d %02d:%02d:%02d isdst=%d",
                year + 1900, mon + 1, mday, hour, min, sec, isdst);
    }
}

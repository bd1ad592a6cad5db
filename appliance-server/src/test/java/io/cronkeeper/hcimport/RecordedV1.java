package io.cronkeeper.hcimport;

/** Healthchecks v1.24.1 as recorded: pings and flips only of the check they were recorded for. */
final class RecordedV1 implements StubHealthchecks.StubData {
    static final String NIGHTLY = "8bb427e9-d23e-48de-82b3-9f4ab332fbf5";

    @Override
    public String checks(boolean readOnly) {
        return StubHealthchecks.recorded(readOnly ? "list-ro.json" : "list-rw.json");
    }

    @Override
    public String channels() {
        return StubHealthchecks.recorded("channels.json");
    }

    @Override
    public String pings(String uuid) {
        return uuid.equals(NIGHTLY) ? StubHealthchecks.recorded("pings.json") : "{\"pings\": []}";
    }

    /** v1.24.1 has no ping-body endpoint. */
    @Override
    public byte[] body(String uuid, long n) {
        return null;
    }

    @Override
    public String flips(String uuid) {
        return uuid.equals(NIGHTLY) ? StubHealthchecks.recorded("flips.json") : "{\"flips\": []}";
    }
}

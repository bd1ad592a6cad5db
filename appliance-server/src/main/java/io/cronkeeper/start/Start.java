package io.cronkeeper.start;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The jar's Main-Class. Compiled for Java 8 (see the pom), so that an older default Java can
 * load it and say in one line what is needed, instead of an UnsupportedClassVersionError on
 * the real main class. Then it hands over to {@code io.cronkeeper.Main}.
 */
public final class Start {
    static final int NEEDED = 21;

    private Start() {
    }

    public static void main(String[] args) throws Throwable {
        int found = feature(System.getProperty("java.specification.version", "0"));
        if (found < NEEDED) {
            System.err.println("cronkeeper: needs Java " + NEEDED + " or newer, but was started with Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")");
            System.exit(1);
        }
        MethodHandle main = MethodHandles.publicLookup().findStatic(Class.forName("io.cronkeeper.Main"), "main",
            MethodType.methodType(void.class, String[].class));
        main.invokeExact(args);
    }

    /** "1.8" is Java 8, "17" is 17. */
    static int feature(String specification) {
        String s = specification.startsWith("1.") ? specification.substring(2) : specification;
        int dot = s.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? s : s.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

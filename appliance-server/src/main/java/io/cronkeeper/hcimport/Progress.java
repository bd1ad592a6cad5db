package io.cronkeeper.hcimport;

/** How far an import is: {@code done} of {@code total} checks in a phase ("reading", "writing"). */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    void update(String phase, int done, int total);
}

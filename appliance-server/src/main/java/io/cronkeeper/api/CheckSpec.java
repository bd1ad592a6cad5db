package io.cronkeeper.api;

import io.cronkeeper.check.CheckChanges;
import java.util.Optional;

/** A validated create/update body: the check's fields and, when given, its {@code channels} selector. */
record CheckSpec(CheckChanges changes, Optional<String> channels) {
}

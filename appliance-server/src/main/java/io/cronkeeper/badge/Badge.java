package io.cronkeeper.badge;

/** A resolved badge: the text on its left and what it reports. */
record Badge(String label, BadgeSummary summary) {
}

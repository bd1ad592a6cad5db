package io.cronkeeper.hcimport;

/** An integration as the API shows it: nothing but its id, name and kind. */
record RemoteChannel(String id, String name, String kind) {
}

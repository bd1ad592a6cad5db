package io.cronkeeper.hcimport;

import java.util.List;
import java.util.Map;

/**
 * Everything read from the instance before a single row is written: a network failure halfway
 * through reading leaves this data dir untouched.
 *
 * @param pingBase the instance's ping URL prefix (from the checks' ping URLs), for the report
 */
record Snapshot(int apiVersion, String pingBase, List<RemoteCheck> checks, List<RemoteChannel> channels,
                Map<String, RemoteHistory> history) {
}

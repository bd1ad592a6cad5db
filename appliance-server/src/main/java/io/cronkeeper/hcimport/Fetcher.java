package io.cronkeeper.hcimport;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.config.BodyLimit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Healthchecks project through its Management API: the newest API version the instance
 * answers (v3, else v2, else v1: older self-hosted instances have only v1), then every check, the
 * integrations and, when asked, each check's pings, ping bodies and flips.
 */
final class Fetcher {
    private static final int[] VERSIONS = {3, 2, 1};

    private final HcClient client;
    private final Progress progress;
    private final List<String> notes = new ArrayList<>();

    Fetcher(HcClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    /** Notes for the report about what could not be read (bodies the instance no longer has). */
    List<String> notes() {
        return notes;
    }

    Snapshot read(boolean history, int pingLogLimit, BodyLimit bodyLimit) {
        for (int version : VERSIONS) {
            String path = "/api/v" + version + "/checks/";
            HcClient.Answer answer = client.get(path);
            if (answer.status() == 404) {
                continue;
            }
            JsonNode root = client.json(answer);
            RemoteShapes shapes = new RemoteShapes(answer.source());
            List<JsonNode> raw = shapes.items(root, "checks");
            if (raw.stream().anyMatch(RemoteShapes::hidesUuid)) {
                throw new HcImportException(HcImportException.Reason.INPUT, "this is a read-only API key: Healthchecks hides the checks' UUIDs from "
                    + "read-only keys, so they could not keep their ping URLs. Use the project's read-write key "
                    + "(Healthchecks: project Settings, API Access)");
            }
            List<RemoteCheck> checks = raw.stream().map(shapes::check).toList();
            checks.stream().collect(java.util.stream.Collectors.groupingBy(RemoteCheck::uuid, java.util.stream.Collectors.counting()))
                .forEach((uuid, n) -> {
                    if (n > 1) {
                        throw shapes.malformed("check " + uuid + " is listed " + n + " times");
                    }
                });
            String pingBase = raw.stream().map(c -> c.path("ping_url").asText("")).filter(u -> u.contains("/"))
                .findFirst().map(u -> u.substring(0, u.lastIndexOf('/') + 1)).orElse("");
            List<RemoteChannel> channels = channels(version);
            Map<String, RemoteHistory> histories = new HashMap<>();
            if (history) {
                for (int i = 0; i < checks.size(); i++) {
                    progress.update("reading", i, checks.size());
                    histories.put(checks.get(i).uuid(), history(version, checks.get(i).uuid(), pingLogLimit, bodyLimit));
                }
                progress.update("reading", checks.size(), checks.size());
            }
            return new Snapshot(version, pingBase, checks, channels, histories);
        }
        throw new HcImportException(HcImportException.Reason.INPUT, "no Healthchecks Management API at " + client.base() + ": /api/v3/, /api/v2/ and "
            + "/api/v1/ answer 404 (use the address you open Healthchecks at, e.g. https://healthchecks.io)");
    }

    private List<RemoteChannel> channels(int version) {
        HcClient.Answer answer = client.get("/api/v" + version + "/channels/");
        if (answer.status() == 401) {
            throw new HcImportException(HcImportException.Reason.INPUT, "Healthchecks listed the checks but refused the integrations list (HTTP 401): "
                + "it serves integrations to read-write keys only. Use the project's read-write key "
                + "(Healthchecks: project Settings, API Access)");
        }
        if (answer.status() == 404) {
            notes.add("this Healthchecks version does not list integrations; enter them in the admin app");
            return List.of();
        }
        RemoteShapes shapes = new RemoteShapes(answer.source());
        return shapes.items(client.json(answer), "channels").stream().map(shapes::channel).toList();
    }

    private RemoteHistory history(int version, String uuid, int pingLogLimit, BodyLimit bodyLimit) {
        String base = "/api/v" + version + "/checks/" + uuid;
        HcClient.Answer pingsAnswer = client.get(base + "/pings/");
        RemoteShapes pingShapes = new RemoteShapes(pingsAnswer.source());
        List<RemoteHistory.Ping> pings = pingShapes.items(client.json(pingsAnswer), "pings").stream()
            .map(pingShapes::ping).limit(pingLogLimit).toList();
        Map<Long, byte[]> bodies = new LinkedHashMap<>();
        int missing = 0;
        for (RemoteHistory.Ping p : pings) {
            if (!p.bodyUrl().isEmpty()) {
                HcClient.Answer body = client.get(p.bodyUrl());
                if (body.status() == 200) {
                    byte[] bytes = body.body();
                    bodies.put(p.n(), bytes.length > bodyLimit.storedBytes() ? Arrays.copyOf(bytes, bodyLimit.storedBytes()) : bytes);
                } else if (body.status() == 401) {
                    throw HcClient.refused(body);
                } else {
                    missing++;
                }
            }
        }
        if (missing > 0) {
            notes.add(missing + " ping bodies of check " + uuid + " were not served (expired or object storage down)");
        }
        HcClient.Answer flipsAnswer = client.get(base + "/flips/");
        RemoteShapes flipShapes = new RemoteShapes(flipsAnswer.source());
        List<RemoteHistory.Flip> flips = flipShapes.items(client.json(flipsAnswer), "flips").stream()
            .map(flipShapes::flip).toList();
        return new RemoteHistory(pings, bodies, flips);
    }
}

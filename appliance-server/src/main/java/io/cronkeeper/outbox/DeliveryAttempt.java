package io.cronkeeper.outbox;

/** One try at delivering over a channel, as the channel's log shows it. */
public record DeliveryAttempt(long id, long channelId, Long notificationId, Long checkId, String kind, String status,
                              long created, boolean delivered, Integer statusCode, String error) {
}

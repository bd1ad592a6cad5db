-- Issue 17: a claimed alert ("sending") carries its lease's end in next_attempt; when it runs out
-- (the node that claimed it died mid-delivery) the alert is claimed again. The dispatcher looks
-- for such rows at every pass, through this index.
CREATE INDEX notification_sending ON notification (next_attempt) WHERE state = 'sending';

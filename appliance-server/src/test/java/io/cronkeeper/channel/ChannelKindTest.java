package io.cronkeeper.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind's config rules, as the admin API reports them. */
class ChannelKindTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "webhook|{'url':'https://example.org/h'}",
        "webhook|{'url':'https://example.org/h','method':'put','headers':{'X-Token':'abc'},'body':'$NAME_JSON'}",
        "webhook|{'down':{'url':'https://example.org/down?n=$NAME'}}",
        "webhook|{'down':{'url':''},'up':{'method':'POST','url':'http://nas.lan/up','body':'$JSON'}}",
        "email|{'address':'ops@example.org'}",
        "ntfy|{'topic':'backups_01'}",
        "ntfy|{'server':'http://ntfy.lan:8080','topic':'t','priority':5,'priority_up':1,'token':'tk_x'}",
        "gotify|{'server':'https://gotify.lan','token':'AbC.123','priority':8}",
        "discord|{'webhook_url':'https://discord.com/api/webhooks/1/abc'}",
        "slack|{'webhook_url':'https://hooks.slack.com/services/T/B/X'}",
        "telegram|{'bot_token':'123456:ABC-def_g','chat_id':-100123}",
        "telegram|{'bot_token':'123456:ABC','chat_id':'@my_channel'}",
        "pushover|{'user_key':'uQiRzpo4DXghDmr9QzzfQu27cmVRsG','app_token':'azGDORePK8gMaC0QOYAMyEEuzJnyUi','priority':2,'priority_up':-1}",
        "matrix|{'homeserver':'https://matrix.org','room_id':'!abc:matrix.org','access_token':'syt_x'}",
        "matrix|{'homeserver':'http://synapse.lan:8008','room_id':'!Abc-1:synapse.lan','access_token':'syt_x'}"})
    void validConfigsPass(String kind, String config) throws Exception {
        assertThat(problem(kind, config)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "webhook|{'url':'https://x.org','down':{'url':'https://x.org'}}|webhook config \"url\" cannot be combined with \"down\"/\"up\": use one request for both directions or separate ones",
        "webhook|{'down':{'url':''},'up':{}}|webhook config needs \"down.url\" or \"up.url\", an http or https URL",
        "webhook|{'down':'https://x.org'}|webhook config \"down\" must be an object with \"url\" and optionally \"method\", \"headers\", \"body\"",
        "webhook|{'up':{'url':'ftp://x.org'}}|webhook config \"up.url\" is not an http or https URL: ftp://x.org",
        "webhook|{'up':{'url':'https://x.org','method':'TRACE'}}|webhook config \"up.method\" must be one of GET, POST, PUT, PATCH, DELETE",
        "webhook|{'url':'https://x.org','headers':{'Host':'y'}}|webhook config \"headers\" cannot set Host: the HTTP client sets it",
        "webhook|{'url':'https://x.org','headers':{'Bad Name':'y'}}|webhook config \"headers\" has a bad header name: Bad Name",
        "webhook|{'url':'https://x.org','headers':{'X-N':1}}|webhook config \"headers\" value of X-N must be a string",
        "webhook|{'url':'https://x.org','body':{}}|webhook config \"body\" must be a string (placeholders such as $NAME are replaced)",
        "ntfy|{}|ntfy config needs \"topic\", a topic name of letters, digits, - and _ (at most 64)",
        "ntfy|{'topic':'a/b'}|ntfy config \"topic\" must be a topic name of letters, digits, - and _ (at most 64)",
        "ntfy|{'topic':'t','priority':6}|ntfy config \"priority\" must be a whole number from 1 to 5",
        "ntfy|{'topic':'t','priority':'high'}|ntfy config \"priority\" must be a whole number from 1 to 5",
        "ntfy|{'topic':'t','server':'ntfy.sh'}|ntfy config \"server\" is not an http or https URL: ntfy.sh",
        "gotify|{'server':'https://g.lan'}|gotify config needs \"token\", the application token",
        "gotify|{'token':'x'}|gotify config needs \"server\", an http or https URL",
        "discord|{}|discord config needs \"webhook_url\", an http or https URL",
        "slack|{'webhook_url':'hooks.slack.com'}|slack config \"webhook_url\" is not an http or https URL: hooks.slack.com",
        "telegram|{'chat_id':1}|telegram config needs \"bot_token\", the token BotFather gave, like 123456:ABC-DEF…",
        "telegram|{'bot_token':'123456:ABC'}|telegram config needs \"chat_id\", the numeric chat id (or @channelname)",
        "telegram|{'bot_token':'123456:ABC','chat_id':'my chat'}|telegram config \"chat_id\" must be a numeric chat id or an @channelname",
        "pushover|{'user_key':'short','app_token':'azGDORePK8gMaC0QOYAMyEEuzJnyUi'}|pushover config \"user_key\" must be your 30-character Pushover user key",
        "pushover|{'user_key':'uQiRzpo4DXghDmr9QzzfQu27cmVRsG','app_token':'azGDORePK8gMaC0QOYAMyEEuzJnyUi','priority':3}|pushover config \"priority\" must be a whole number from -2 to 2",
        "matrix|{'homeserver':'https://m.org','room_id':'#ops:m.org','access_token':'x'}|matrix config \"room_id\" must be a room ID like !abc:example.org (room settings, Advanced; not an #alias)",
        "matrix|{'homeserver':'https://m.org','room_id':'!a:m.org'}|matrix config needs \"access_token\", the access token of the account that posts"})
    void badConfigsSayWhatIsWrong(String kind, String config, String message) throws Exception {
        assertThat(problem(kind, config)).hasValue(message);
    }

    private static Optional<String> problem(String kind, String config) throws Exception {
        return ChannelKind.parse(kind).orElseThrow().problemWith(JSON.readTree(config.replace('\'', '"')));
    }
}

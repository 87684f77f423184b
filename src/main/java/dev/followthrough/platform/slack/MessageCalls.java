package dev.followthrough.platform.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Response;

/**
 * chat.postMessage and chat.update as a bot, the calls the outbox makes many times a second, over
 * the Slack client's own HTTP client (its interceptors, its answer listeners, the same endpoint)
 * but with one shared JSON reader. The Slack client builds a new reader for every answer it reads,
 * and at the outbox's rate that work cost more processor time than the rest of the call.
 *
 * <p>Everything else a caller sees is as with {@code MethodsClient}: an answer that is not HTTP 2xx
 * throws {@link SlackApiException}, the listeners hear every answer, the parsed answer carries its
 * headers.
 */
final class MessageCalls {

    private final SlackHttpClient http;
    private final String endpoint;
    private final Gson reader;

    MessageCalls(Slack slack) {
        this.http = slack.getHttpClient();
        this.endpoint = slack.getConfig().getMethodsEndpointUrlPrefix();
        this.reader = GsonFactory.createSnakeCase(slack.getConfig());
    }

    ChatPostMessageResponse post(String token, ChatPostMessageRequest request) throws IOException, SlackApiException {
        return call("chat.postMessage", token, RequestFormBuilder.toForm(request), ChatPostMessageResponse.class);
    }

    ChatUpdateResponse update(String token, ChatUpdateRequest request) throws IOException, SlackApiException {
        return call("chat.update", token, RequestFormBuilder.toForm(request), ChatUpdateResponse.class);
    }

    private <T extends SlackApiTextResponse> T call(String method, String token, FormBody.Builder form, Class<T> type)
            throws IOException, SlackApiException {
        try (var response = http.postFormWithBearerHeader(endpoint + method, token, form.build())) {
            var body = response.body() == null ? "" : response.body().string();
            http.runHttpResponseListeners(response, body);
            if (!response.isSuccessful()) {
                throw new SlackApiException(http.getConfig(), response, body);
            }
            var answer = reader.fromJson(body, type);
            answer.setHttpResponseHeaders(headers(response));
            return answer;
        }
    }

    private static Map<String, List<String>> headers(Response response) {
        var headers = new HashMap<String, List<String>>();
        response.headers().toMultimap().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return headers;
    }
}

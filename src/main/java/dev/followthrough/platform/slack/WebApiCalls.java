package dev.followthrough.platform.slack;

import com.slack.api.util.http.listener.HttpResponseListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Times every Web API call by method and outcome, whoever made it (the dispatcher, profiles, App
 * Home, forms, start-up's {@code auth.test}): {@code ok}, Slack's error code, {@code rate_limited},
 * {@code http_503}, {@code unreachable}. Slack's answers are heard where every answer passes, the
 * client's response listeners; the client calls those only for an HTTP 2xx, so what never comes as
 * such an answer (no connection, a timeout, a 429) is timed by the HTTP client's interceptor below.
 * Response URLs are not the Web API and are not counted: their addresses are secrets.
 */
final class WebApiCalls extends HttpResponseListener implements Interceptor {

    // A method as Slack names it (chat.postMessage, oauth.v2.access); anything else is "other".
    private static final Pattern METHOD = Pattern.compile("[a-zA-Z]+(\\.[a-zA-Z0-9_]+){1,3}");
    // Slack's error codes are short snake_case words; anything else would be a label of any size.
    private static final Pattern ERROR = Pattern.compile("[a-z0-9_]{1,64}");

    private final MeterRegistry meters;
    private final String apiUrl;

    /** {@code apiUrl} is SLACK_API_URL, ending in "/": each method's address is it and the method's name. */
    WebApiCalls(MeterRegistry meters, String apiUrl) {
        this.meters = meters;
        this.apiUrl = apiUrl;
    }

    @Override
    public void accept(State state) {
        var response = state.getResponse();
        var url = response.request().url().toString();
        if (!url.startsWith(apiUrl)) {
            return;
        }
        var outcome = SlackError.in(state.getParsedResponseBody())
                .map(WebApiCalls::outcomeOfError)
                .orElse("ok");
        var millis = Math.max(0, response.receivedResponseAtMillis() - response.sentRequestAtMillis());
        timer(methodIn(url), outcome).record(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        var url = chain.request().url().toString();
        if (!url.startsWith(apiUrl)) {
            return chain.proceed(chain.request());
        }
        var started = System.nanoTime();
        try {
            var response = chain.proceed(chain.request());
            if (!response.isSuccessful()) {
                var outcome = response.code() == 429 ? "rate_limited" : "http_" + response.code();
                timer(methodIn(url), outcome).record(Duration.ofNanos(System.nanoTime() - started));
            }
            return response;
        } catch (IOException unreachable) {
            timer(methodIn(url), "unreachable").record(Duration.ofNanos(System.nanoTime() - started));
            throw unreachable;
        }
    }

    private String methodIn(String url) {
        var method = url.substring(apiUrl.length());
        var query = method.indexOf('?');
        if (query >= 0) {
            method = method.substring(0, query);
        }
        return METHOD.matcher(method).matches() ? method : "other";
    }

    private static String outcomeOfError(String error) {
        if ("ratelimited".equals(error) || "rate_limited".equals(error)) {
            return "rate_limited";
        }
        return ERROR.matcher(error).matches() ? error : "unknown_error";
    }

    private Timer timer(String method, String outcome) {
        return Timer.builder("followthrough.slack.api.calls")
                .description("Slack Web API calls by method and outcome, with their latency.")
                .tag("method", method)
                .tag("outcome", outcome)
                .serviceLevelObjectives(
                        Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(3))
                .register(meters);
    }
}

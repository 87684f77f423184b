package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class BufferedSlackRequestTest {

    @Test
    void anAsynchronousReaderGetsTheWholeBufferedBodyAndHearsItIsAllThere() throws IOException {
        var body = "payload=%7B%7D".getBytes(StandardCharsets.UTF_8);
        var stream = new BufferedSlackRequest(anyRequest(), body, 0L).getInputStream();
        var heard = new ArrayList<String>();
        var read = new ByteArrayOutputStream();

        stream.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                heard.add("data");
                while (stream.isReady() && !stream.isFinished()) {
                    read.write(stream.read());
                }
            }

            @Override
            public void onAllDataRead() {
                heard.add("all read");
            }

            @Override
            public void onError(Throwable failure) {
                heard.add("error");
            }
        });

        assertThat(heard).containsExactly("data", "all read");
        assertThat(read.toByteArray()).isEqualTo(body);
    }

    /** The wrapped request is never asked anything here; the wrapper only needs one. */
    private static HttpServletRequest anyRequest() {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> {
                    throw new AssertionError("not expected: " + method.getName());
                });
    }
}

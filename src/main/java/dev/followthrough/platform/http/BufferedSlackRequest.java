package dev.followthrough.platform.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The request as Bolt must see it after the gate read it: the same bytes again, and the moment it
 * arrived in a header of its own (so the request log times from arrival, not from Bolt's turn).
 */
final class BufferedSlackRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final String receivedAtNanos;

    BufferedSlackRequest(HttpServletRequest request, byte[] body, long receivedAtNanos) {
        super(request);
        this.body = body;
        this.receivedAtNanos = Long.toString(receivedAtNanos);
    }

    @Override
    public ServletInputStream getInputStream() {
        return new BodyStream(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getHeader(String name) {
        return isReceivedAt(name) ? receivedAtNanos : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return isReceivedAt(name) ? Collections.enumeration(List.of(receivedAtNanos)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        var names = new ArrayList<String>();
        for (var name : Collections.list(super.getHeaderNames())) {
            if (!isReceivedAt(name)) {
                names.add(name);
            }
        }
        names.add(HttpServer.RECEIVED_AT_HEADER);
        return Collections.enumeration(names);
    }

    private static boolean isReceivedAt(String name) {
        return HttpServer.RECEIVED_AT_HEADER.equalsIgnoreCase(name);
    }

    // Slack sends UTF-8 and signs those bytes; a missing or unknown charset must not change them.
    private Charset charset() {
        var declared = getCharacterEncoding();
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared);
        } catch (IllegalArgumentException unknownCharset) {
            return StandardCharsets.UTF_8;
        }
    }

    private static final class BodyStream extends ServletInputStream {
        private final ByteArrayInputStream bytes;

        BodyStream(ByteArrayInputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        /** The whole body is already here: the listener hears at once that it can read, and that it is all. */
        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (java.io.IOException failed) {
                listener.onError(failed);
            }
        }
    }
}

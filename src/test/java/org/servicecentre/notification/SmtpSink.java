package org.servicecentre.notification;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP server for the notification benchmark that accepts every message and only counts it: messages, SMTP
 * connections, and how often each {@code X-Service-Centre-Key} arrived (so a key received twice shows). It keeps no
 * message (GreenMail would hold 100,000 parsed messages in the heap and parse each one on the same two cores as the
 * sender). Plain SMTP on the loopback interface, no TLS, no authentication; one virtual thread per connection.
 */
final class SmtpSink implements AutoCloseable {

    static final String KEY_HEADER = "x-service-centre-key:";

    private final ServerSocket server;
    private final Thread acceptor;
    private final Map<String, Integer> keys = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong withoutKey = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();

    SmtpSink() {
        try {
            server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = Thread.ofPlatform().daemon().name("smtp-sink").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    long messages() {
        return messages.get();
    }

    long connections() {
        return connections.get();
    }

    long withoutKey() {
        return withoutKey.get();
    }

    /** How many different keys arrived. */
    int distinctKeys() {
        return keys.size();
    }

    /** Keys that arrived more than once. */
    long keysReceivedTwice() {
        return keys.values().stream().filter(n -> n > 1).count();
    }

    boolean received(String key) {
        return keys.containsKey(key);
    }

    /** Forgets everything counted so far (between the baseline and the measured run). */
    void reset() {
        keys.clear();
        messages.set(0);
        withoutKey.set(0);
        connections.set(0);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
             var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
             var out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1))) {
            reply(out, "220 sink.local ESMTP counting sink");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 sink.local");
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        data(in);
                        reply(out, "250 2.0.0 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "250 2.0.0 ok"); // MAIL, RCPT, RSET, NOOP
                }
            }
        } catch (IOException dropped) {
            // the client went away; nothing was counted for an unfinished message
        }
    }

    /** Reads one message up to the lone dot, finds its key among the headers and counts it. */
    private void data(BufferedReader in) throws IOException {
        String key = null;
        boolean headers = true;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (headers) {
                if (line.isEmpty()) {
                    headers = false;
                } else if (line.regionMatches(true, 0, KEY_HEADER, 0, KEY_HEADER.length())) {
                    key = line.substring(KEY_HEADER.length()).strip();
                }
            }
        }
        if (line == null) {
            throw new IOException("connection closed inside DATA");
        }
        messages.incrementAndGet();
        if (key == null) {
            withoutKey.incrementAndGet();
        } else {
            keys.merge(key, 1, Integer::sum);
        }
    }

    private static void reply(BufferedWriter out, String line) throws IOException {
        out.write(line);
        out.write("\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}

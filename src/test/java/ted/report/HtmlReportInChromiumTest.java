package ted.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ted.cli.TedCommand;

/**
 * The HTML report as a browser shows it: headless Chromium (Debian's {@code chromium}, which .ci/run installs) opens
 * the file through the DevTools protocol, and the test reads the rendered page (one element per check with its
 * status, a flow node per step), records every request the page made (none may leave the file), and saves a
 * screenshot to target/html-report.png. Skipped where there is no Chromium.
 */
class HtmlReportInChromiumTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void chromiumRendersEveryCheckAndTheFlowWithoutTouchingTheNetwork() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "no chromium on this machine (apt-get install chromium)");
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("report.json");
        int code = TedCommand.run(new String[] {"diagnose", "facts-samples/exports/clixml-delegation", "--symptom", "all",
            "--user", "jane.doe@contoso.com", "--delegate", "john.smith@contoso.com", "--report", html.toString(),
            "--report", json.toString(), "--format", "json"},
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertThat(code).isIn(0, 1);
        JsonNode expected = JSON.readTree(json.toFile()).get("checks");

        // The profile lives outside @TempDir: Chromium's helper processes may still write to it while JUnit cleans up.
        Path profile = Files.createTempDirectory("ted-chromium-");
        Process browser = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).start();
        try (Cdp cdp = Cdp.connect(browser)) {
            String target = cdp.send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
            String session = cdp.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
            cdp.send(session, "Network.enable", Map.of());
            cdp.send(session, "Page.enable", Map.of());
            cdp.send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", 1100, "height", 1400, "deviceScaleFactor", 1, "mobile", false));
            cdp.send(session, "Page.navigate", Map.of("url", html.toUri().toString()));
            cdp.awaitEvent("Page.loadEventFired", 30);

            JsonNode checks = JSON.readTree(cdp.evaluate(session, "JSON.stringify([...document.querySelectorAll('article[data-code]')]"
                    + ".map(a => ({code: a.dataset.code, status: a.dataset.status, badge: a.querySelector('.badge').textContent})))"));
            assertThat(checks).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                String c = expected.get(i).get("code").asText();
                String s = expected.get(i).get("status").asText();
                assertThat(checks.findValuesAsText("code")).contains(c);
                JsonNode shown = find(checks, c);
                assertThat(shown.get("status").asText()).as(c).isEqualTo(s);
                assertThat(shown.get("badge").asText()).as("status as a word, not only a colour").contains(s.toUpperCase());
            }
            long steps = java.util.stream.StreamSupport.stream(expected.spliterator(), false)
                    .map(c -> c.get("section").asText() + "/" + c.get("title").asText()).count();
            int nodes = Integer.parseInt(cdp.evaluate(session, "String(document.querySelectorAll('svg.flow a.node').length)"));
            int distinctSteps = Integer.parseInt(cdp.evaluate(session, "String(new Set([...document.querySelectorAll('article[data-code] .meta')]"
                    + ".map(m => m.textContent.split(' ·')[0])).size)"));
            assertThat(steps).isPositive();
            assertThat(nodes).isEqualTo(distinctSteps);
            String box = cdp.evaluate(session, "JSON.stringify(document.querySelector('svg.flow').getBoundingClientRect())");
            assertThat(JSON.readTree(box).get("height").asDouble()).as("the flow is drawn").isGreaterThan(100);

            byte[] png = Base64.getDecoder().decode(cdp.send(session, "Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true)).get("data").asText());
            Path shot = Path.of("target/html-report.png");
            Files.write(shot, png);
            assertThat(png.length).isGreaterThan(10_000);

            List<String> requests = cdp.requests();
            assertThat(requests).isNotEmpty().allMatch(u -> u.startsWith("file:") || u.startsWith("data:") || u.equals("about:blank"),
                    "a local file or inline data, never the network");
        } finally {
            // Chromium's helpers (zygote, renderer) first, then the browser, so nothing is left writing to the profile.
            List<ProcessHandle> helpers = browser.descendants().toList();
            helpers.forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle h : helpers) {
                h.onExit().get(10, TimeUnit.SECONDS);
            }
            deleteQuietly(profile);
        }
    }

    /** Best effort: a file Chromium still holds is left to the system's temporary-file cleanup. */
    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (java.io.IOException e) {
                    // left behind
                }
            });
        } catch (java.io.IOException | RuntimeException e) {
            // left behind
        }
    }

    private static JsonNode find(JsonNode checks, String code) {
        for (JsonNode c : checks) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(code);
    }

    private static Path chromium() {
        for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** The few DevTools protocol calls this test needs, over the JDK's WebSocket client. */
    private static final class Cdp implements AutoCloseable, WebSocket.Listener {
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<JsonNode>> events = new ConcurrentHashMap<>();
        private final List<String> requests = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Cdp connect(Process browser) throws Exception {
            BufferedReader out = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
            String endpoint = null;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (endpoint == null && System.nanoTime() < until) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                if (line.contains("DevTools listening on ")) {
                    endpoint = line.substring(line.indexOf("ws://"));
                }
            }
            assertThat(endpoint).as("chromium's DevTools endpoint").isNotNull();
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            Cdp cdp = new Cdp();
            cdp.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(endpoint), cdp).get(10, TimeUnit.SECONDS);
            return cdp;
        }

        JsonNode send(String session, String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
            msg.set("params", JSON.valueToTree(params));
            if (session != null) {
                msg.put("sessionId", session);
            }
            CompletableFuture<JsonNode> reply = new CompletableFuture<>();
            pending.put(id, reply);
            socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
            JsonNode r = reply.get(30, TimeUnit.SECONDS);
            assertThat(r.has("error")).as(method + ": " + r).isFalse();
            return r.get("result");
        }

        String evaluate(String session, String expression) throws Exception {
            return send(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true))
                    .get("result").get("value").asText();
        }

        void awaitEvent(String method, int seconds) throws Exception {
            events.computeIfAbsent(method, m -> new CompletableFuture<>()).get(seconds, TimeUnit.SECONDS);
        }

        List<String> requests() {
            return new ArrayList<>(requests);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(partial.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    } else if (msg.has("method")) {
                        String method = msg.get("method").asText();
                        if (method.equals("Network.requestWillBeSent")) {
                            requests.add(msg.get("params").get("request").get("url").asText());
                        }
                        events.computeIfAbsent(method, m -> new CompletableFuture<>()).complete(msg);
                    }
                } catch (Exception e) {
                    // a message this test does not understand is not one it waits for
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public void close() {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                socket.abort();
            }
        }
    }
}

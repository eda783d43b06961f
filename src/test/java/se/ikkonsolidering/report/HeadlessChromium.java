package se.ikkonsolidering.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's own WebSocket client: no
 * driver download and no network. The browser gets a fresh profile, background networking off and every host name
 * unresolvable, and every request it makes is recorded from the protocol's network events.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	private static final ObjectMapper JSON = JsonMapper.builder().build();
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Process process;
	private final Path profile;
	private final WebSocket socket;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
	private final List<JsonNode> events = new CopyOnWriteArrayList<>();

	HeadlessChromium() throws IOException, InterruptedException {
		profile = Files.createTempDirectory("chromium-profile");
		process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-port=0", "--user-data-dir=" + profile,
				"about:blank")
			.redirectErrorStream(true)
			.redirectOutput(profile.resolve("chromium.log").toFile())
			.start();
		List<String> port = devToolsPort();
		HttpClient http = HttpClient.newHttpClient();
		String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get(0) + "/json/list"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		String page = "";
		for (JsonNode target : JSON.readTree(targets)) {
			if (target.path("type").asString().equals("page")) {
				page = target.path("webSocketDebuggerUrl").asString();
			}
		}
		socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).join();
	}

	/** Sends a command and waits for its result. */
	JsonNode send(String method, Map<String, Object> params) {
		int id = ids.incrementAndGet();
		CompletableFuture<JsonNode> reply = new CompletableFuture<>();
		replies.put(id, reply);
		socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
		JsonNode answer = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
		if (answer.has("error")) {
			throw new IllegalStateException(method + ": " + answer.get("error"));
		}
		return answer.path("result");
	}

	/** Waits for an event of this kind. */
	void await(String method) throws InterruptedException {
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (events.stream().noneMatch(e -> e.path("method").asString().equals(method))) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("No " + method + " within " + TIMEOUT);
			}
			Thread.sleep(50);
		}
	}

	/** The URL of every request the page made, by the protocol's network events. */
	List<String> requestedUrls() {
		return events.stream()
			.filter(e -> e.path("method").asString().equals("Network.requestWillBeSent"))
			.map(e -> e.path("params").path("request").path("url").asString())
			.toList();
	}

	/** Opens a file and waits until it has loaded. */
	void open(Path file) throws InterruptedException {
		events.removeIf(e -> e.path("method").asString().equals("Page.loadEventFired"));
		send("Page.enable", Map.of());
		send("Page.navigate", Map.of("url", file.toUri().toString()));
		await("Page.loadEventFired");
	}

	/** Runs a script in the page and returns its value as a string; a promise is waited for. */
	String evaluate(String expression) {
		JsonNode result = send("Runtime.evaluate",
				Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
		if (result.has("exceptionDetails")) {
			throw new IllegalStateException("Script failed: " + result.get("exceptionDetails"));
		}
		return result.path("result").path("value").asString();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		socket.abort();
		// Chromium's helper processes (network, GPU) outlive the browser process for a moment, still writing to the
		// profile: all of them end before the profile is removed.
		List<ProcessHandle> helpers = process.descendants().toList();
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		for (ProcessHandle helper : helpers) {
			helper.destroy();
			try {
				helper.onExit().get(10, TimeUnit.SECONDS);
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
				helper.destroyForcibly();
			}
		}
		deleteProfile();
	}

	/** Removes the profile; a file a helper removed while it was walked is simply gone, so the walk is tried again. */
	private void deleteProfile() throws IOException {
		for (int attempt = 1;; attempt++) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				return;
			}
			catch (java.io.UncheckedIOException ex) {
				if (attempt == 3 || !(ex.getCause() instanceof java.nio.file.NoSuchFileException)) {
					throw ex;
				}
			}
		}
	}

	/** Chromium writes the port it chose to {@code DevToolsActivePort} in the profile once it listens. */
	private List<String> devToolsPort() throws IOException, InterruptedException {
		Path file = profile.resolve("DevToolsActivePort");
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (!Files.exists(file) || Files.readAllLines(file).size() < 2) {
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(
						"Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
			}
			Thread.sleep(50);
		}
		return Files.readAllLines(file);
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder message = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			message.append(data);
			if (last) {
				JsonNode node = JSON.readTree(message.toString());
				message.setLength(0);
				if (node.has("id")) {
					replies.remove(node.get("id").asInt()).complete(node);
				}
				else {
					events.add(node);
				}
			}
			webSocket.request(1);
			return null;
		}
	}
}

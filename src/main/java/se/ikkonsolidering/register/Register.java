package se.ikkonsolidering.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kommun's nämnder and the other names they go by ({@code nämnd;alias}, alias {@code |}-separated),
 * from the register file given with {@code --register}.
 */
public record Register(List<Namnd> namnder) {

	public Register {
		namnder = List.copyOf(namnder);
	}

	public static Register empty() {
		return new Register(List.of());
	}

	public static Register load(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read register " + file, ex);
		}
		List<Namnd> namnder = new ArrayList<>();
		boolean header = true;
		for (String line : lines) {
			String trimmed = line.replace("\uFEFF", "").strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				if (trimmed.toLowerCase().startsWith("nämnd")) {
					continue;
				}
			}
			String[] parts = trimmed.split(";", 2);
			List<String> aliases = parts.length < 2 ? List.of()
					: Arrays.stream(parts[1].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
			namnder.add(new Namnd(parts[0].strip(), aliases));
		}
		return new Register(namnder);
	}

	public List<String> names() {
		return namnder.stream().map(Namnd::name).toList();
	}

	/** One nämnd: its canonical name and aliases. */
	public record Namnd(String name, List<String> aliases) {

		public Namnd {
			aliases = List.copyOf(aliases);
		}
	}
}

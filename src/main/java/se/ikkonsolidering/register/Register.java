package se.ikkonsolidering.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import se.ikkonsolidering.ingest.DelimitedText;

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

	/**
	 * Reads the register file, in whatever encoding and with whichever separator Excel or another tool saved it.
	 * @throws RegisterException when it cannot be read or would match follow-ups to the wrong nämnd
	 */
	public static Register load(Path file) {
		Path named = file.toAbsolutePath();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(named);
		}
		catch (IOException ex) {
			throw new RegisterException("Register " + named + ": cannot be read (" + ex.getClass().getSimpleName() + ")",
					ex);
		}
		return RegisterFile.parse(named, DelimitedText.decode(bytes));
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

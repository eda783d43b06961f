package se.ikkonsolidering.register;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the kommun keeps its nämnd register ({@code ik.register}; {@code --register}, {@code IK_REGISTER}).
 *
 * @param register the register file ({@code nämnd;alias}); optional, but without it no nämnd is reported missing
 */
@ConfigurationProperties("ik")
public record RegisterSettings(Path register) {

	public Optional<Path> file() {
		return Optional.ofNullable(register);
	}

	/**
	 * Reads the register afresh, so an edit needs no restart; an empty one when none is set.
	 * @throws RegisterException when the file cannot be used
	 */
	public Register load() {
		return register == null ? Register.empty() : Register.load(register);
	}
}

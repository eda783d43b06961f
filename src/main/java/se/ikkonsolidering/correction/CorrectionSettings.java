package se.ikkonsolidering.correction;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the economy office keeps its corrections ({@code ik.corrections}; {@code --corrections},
 * {@code IK_CORRECTIONS}).
 *
 * @param corrections the corrections workbook, applied at every run; default {@code <out>/rattelser.xlsx}, the
 *        workbook the job writes, so the office corrects in it and saves it where it is
 */
@ConfigurationProperties("ik")
public record CorrectionSettings(Path corrections) {

	/** The workbook every run writes into {@code out}: the year's controls, with the corrections in force. */
	public static final String WORKBOOK = "rattelser.xlsx";

	/** The corrections workbook of a run that writes its exports to {@code out}. */
	public Path file(Path out) {
		return corrections != null ? corrections : out.resolve(WORKBOOK);
	}
}

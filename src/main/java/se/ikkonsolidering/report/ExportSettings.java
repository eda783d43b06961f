package se.ikkonsolidering.report;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a run exports and where ({@code ik.*}; {@code --out}, {@code IK_OUT} …).
 *
 * @param out folder the CSV files and the summary are written to
 * @param year the year to export; default the year most of this run's files are for
 * @param templates folder with the kommun's own report template; the built-in copy is used when it has none
 * @param forceReport write the exports even when the inbox has nothing new
 */
@ConfigurationProperties("ik")
public record ExportSettings(@DefaultValue("output") Path out, Integer year, @DefaultValue("templates") Path templates,
		@DefaultValue("false") boolean forceReport) {
}

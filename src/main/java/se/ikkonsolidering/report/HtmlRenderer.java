package se.ikkonsolidering.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders the summary page with Thymeleaf. The template is read from the kommun's templates folder when it holds
 * one, so the page can be restyled without rebuilding; otherwise the built-in copy on the classpath is used.
 * Thymeleaf escapes everything written with {@code th:text}, which is how the template writes all data.
 * <p>
 * The template is parsed once per render, not once per use of its {@code forkortad} fragment (a page with a thousand
 * files used it thousands of times), and read afresh on the next render, so a kommun's edit shows on the next run
 * even when the job stays up with {@code --schedule}.
 */
final class HtmlRenderer {

	static final String TEMPLATE = "ks-sammanstallning";
	static final String CLASSPATH_FOLDER = "templates/";

	private static final Logger log = LoggerFactory.getLogger(HtmlRenderer.class);

	private final TemplateEngine engine = new TemplateEngine();

	HtmlRenderer(Path templatesDir) {
		engine.setTemplateResolver(resolver(templatesDir));
	}

	String render(Summary summary) {
		engine.clearTemplateCache();
		Context context = new Context(Locale.forLanguageTag("sv-SE"));
		context.setVariable("s", summary);
		return engine.process(TEMPLATE, context);
	}

	private static AbstractConfigurableTemplateResolver resolver(Path templatesDir) {
		AbstractConfigurableTemplateResolver resolver;
		if (templatesDir != null && Files.isRegularFile(templatesDir.resolve(TEMPLATE + ".html"))) {
			resolver = new FileTemplateResolver();
			resolver.setPrefix(templatesDir.toAbsolutePath() + "/");
			log.info("Summary template from {}", templatesDir.toAbsolutePath());
		}
		else {
			resolver = new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
			resolver.setPrefix(CLASSPATH_FOLDER);
			log.info("Summary template: the built-in copy (no {}.html in {})", TEMPLATE,
					templatesDir == null ? "a templates folder" : templatesDir.toAbsolutePath());
		}
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		return resolver;
	}
}

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
 * Renders a page (the summary, a receipt) with Thymeleaf. The template is read from the kommun's templates folder when it holds
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
	private final String template;

	/** The summary's renderer. */
	HtmlRenderer(Path templatesDir) {
		this(templatesDir, TEMPLATE);
	}

	/** @param template the template's name without {@code .html} */
	HtmlRenderer(Path templatesDir, String template) {
		this.template = template;
		engine.setTemplateResolver(resolver(templatesDir, template));
	}

	String render(Summary summary) {
		return render("s", summary);
	}

	/** @param name the name the template knows the model by */
	String render(String name, Object model) {
		engine.clearTemplateCache();
		Context context = new Context(Locale.forLanguageTag("sv-SE"));
		context.setVariable(name, model);
		return engine.process(template, context);
	}

	private static AbstractConfigurableTemplateResolver resolver(Path templatesDir, String template) {
		AbstractConfigurableTemplateResolver resolver;
		if (templatesDir != null && Files.isRegularFile(templatesDir.resolve(template + ".html"))) {
			resolver = new FileTemplateResolver();
			resolver.setPrefix(templatesDir.toAbsolutePath() + "/");
			log.info("Template {}.html from {}", template, templatesDir.toAbsolutePath());
		}
		else {
			resolver = new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
			resolver.setPrefix(CLASSPATH_FOLDER);
			log.info("Template {}.html: the built-in copy (none in {})", template,
					templatesDir == null ? "a templates folder" : templatesDir.toAbsolutePath());
		}
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		return resolver;
	}
}

package se.ikkonsolidering.store;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes an embedded H2 file database write each commit at once. H2 otherwise writes commits up to half a second
 * later, and a run killed in that moment would lose rows whose files were already archived. Applied to the data
 * source itself, so it holds however the URL was given (command line, properties, environment).
 */
@Configuration(proxyBeanMethods = false)
class DurableH2 {

	@Bean
	static BeanPostProcessor durableH2Commits() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
					properties.setUrl(url(properties.getUrl()));
				}
				return bean;
			}
		};
	}

	/** The URL with {@code WRITE_DELAY=0} added when it names an H2 file database without a write delay of its own. */
	static String url(String url) {
		return H2File.of(url).isPresent() && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY") ? url + ";WRITE_DELAY=0"
				: url;
	}
}

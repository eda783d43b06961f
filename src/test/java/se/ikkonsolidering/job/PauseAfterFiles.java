package se.ikkonsolidering.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For {@link RestartAfterCrashTests}' child process: after {@code ik.test-hook.pause-after-files} files are committed
 * and moved, writes {@code <out>/paused.marker} and stops the run in its tracks, so the test can kill the process
 * mid-run. The child runs on the test classpath, so the application's component scan finds this class there; every
 * other run, and every test context that scans it too, goes without the property and so without the hook.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("ik.test-hook.pause-after-files")
class PauseAfterFiles {

	@Bean
	static BeanPostProcessor pauseTheIngestStep(Environment environment) {
		int files = environment.getRequiredProperty("ik.test-hook.pause-after-files", Integer.class);
		Path marker = Path.of(environment.getProperty("ik.out", "output")).resolve("paused.marker");
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings("unchecked")
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (files > 0 && name.equals("ingestStep") && bean instanceof ChunkOrientedStep<?, ?> step) {
					((ChunkOrientedStep<Object, Object>) step).registerChunkListener(new Pause(files, marker));
				}
				return bean;
			}
		};
	}

	/** Counts files once their chunk has committed; the writer's own after-commit moves were registered first. */
	private record Pause(int files, Path marker, AtomicInteger committed) implements ChunkListener<Object, Object> {

		Pause(int files, Path marker) {
			this(files, marker, new AtomicInteger());
		}

		@Override
		public void afterChunk(Chunk<Object> chunk) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					if (committed.addAndGet(chunk.size()) >= files) {
						hang();
					}
				}
			});
		}

		private void hang() {
			try {
				Files.createDirectories(marker.toAbsolutePath().getParent());
				Files.writeString(marker, "paused after " + files + " files\n");
				Thread.sleep(Long.MAX_VALUE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}
}

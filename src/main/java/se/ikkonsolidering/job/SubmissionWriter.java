package se.ikkonsolidering.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.ikkonsolidering.ingest.FileMover;
import se.ikkonsolidering.store.NewSubmission;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;
import se.ikkonsolidering.submission.Submission;

/**
 * Stores each file's outcome in the chunk's transaction and moves the file only after that transaction has
 * committed. A crash before the commit leaves the file in the inbox with nothing stored; a crash after it
 * leaves the file in the inbox with its rows stored, which the next run recognises by checksum and only archives.
 * Not final: the step-scoped bean is a class proxy.
 */
class SubmissionWriter implements ItemWriter<FileResult> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final SubmissionStore store;
	private final FileMover mover;
	private final TransactionTemplate separateTransaction;
	private final long jobExecutionId;
	private final RunTally tally;
	private final CrashTestHook hook;

	SubmissionWriter(SubmissionStore store, FileMover mover, PlatformTransactionManager transactions,
			long jobExecutionId, RunTally tally, CrashTestHook hook) {
		this.store = store;
		this.mover = mover;
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jobExecutionId = jobExecutionId;
		this.tally = tally;
		this.hook = hook;
	}

	@Override
	public void write(Chunk<? extends FileResult> chunk) {
		for (FileResult result : chunk) {
			write(result);
			if (tally.files() % RunTally.PROGRESS_EVERY == 0) {
				log.info("Progress: {}", tally.progress());
			}
		}
	}

	private void write(FileResult processed) {
		FileResult result = againstEarlierInThisTransaction(processed);
		LocalDateTime now = LocalDateTime.now();
		NewSubmission file = new NewSubmission(jobExecutionId, result.file().name(), result.sha256(),
				result.file().size(), now);
		if (result instanceof FileResult.Read read) {
			List<Long> ids = new ArrayList<>();
			for (Submission submission : read.submissions()) {
				ids.add(store.saveRead(file, submission));
				log.info("Read {}: {} {} {}, {} controls", result.file().name(), submission.namnd(), submission.year(),
						submission.period().map(Enum::name).orElse("-"), submission.controls().size());
				tally.read(submission.controls().size());
			}
			afterCommit(ids, () -> mover.archive(result.file(), now));
		}
		else if (result instanceof FileResult.Rejected rejected) {
			String message = rejected.reason().getMessage() + " " + rejected.reason().advice();
			long id = store.saveUnread(file, Outcome.AVVISAD, message, rejected.facts().namnd(), rejected.facts().year());
			afterCommit(List.of(id), () -> mover.reject(result.file(), now, explanation(result, rejected.reason().getMessage(),
					rejected.reason().advice(), now)));
			log.warn("Rejected {}: {}", result.file().name(), rejected.reason().getMessage());
			tally.rejected();
		}
		else if (result instanceof FileResult.Duplicate duplicate) {
			String problem = "Filen har redan lästs in: den har samma innehåll som '" + duplicate.original().fileName()
					+ "', inläst " + DAY.format(duplicate.original().receivedAt()) + ". Den lästes inte in igen.";
			String advice = "Ingen åtgärd behövs om det är samma uppföljning. Har du ändrat i uppföljningen, "
					+ "kontrollera att du skickat den nya versionen.";
			long id = store.saveUnread(file, Outcome.DUBBLETT, problem + " " + advice, duplicate.original().namnd(),
					duplicate.original().year());
			afterCommit(List.of(id), () -> mover.reject(result.file(), now, explanation(result, problem, advice, now)));
			log.info("Duplicate {}: same content as {}", result.file().name(), duplicate.original().fileName());
			tally.duplicate();
		}
		else if (result instanceof FileResult.Left left) {
			store.saveUnread(file, Outcome.AVVISAD, left.reason(), "", null);
			log.warn("Leaving {} in the inbox: {}", result.file().name(), left.reason());
			tally.rejected();
		}
		else if (result instanceof FileResult.AlreadyStored stored) {
			afterCommit(List.of(stored.original().id()), () -> mover.archive(result.file(), now));
			log.info("Archiving {}: stored by an earlier run that stopped before moving it", result.file().name());
			tally.recovered();
		}
	}

	/**
	 * The processor checked for duplicates before parsing, but an identical file earlier in the same chunk is only
	 * visible here, inside the transaction.
	 */
	private FileResult againstEarlierInThisTransaction(FileResult result) {
		if (!(result instanceof FileResult.Read)) {
			return result;
		}
		Optional<StoredSubmission> earlier = store.findRead(result.sha256());
		return earlier.<FileResult>map(e -> new FileResult.Duplicate(result.file(), result.sha256(), e)).orElse(result);
	}

	private void afterCommit(List<Long> submissionIds, Supplier<Path> move) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					Path target = move.get();
					separateTransaction.executeWithoutResult(
							status -> submissionIds.forEach(id -> store.markStored(id, target.toString())));
				}
				catch (RuntimeException ex) {
					log.error("Stored submission {} but could not move its file; the next run will retry", submissionIds,
							ex);
				}
				hook.fileCommitted();
			}
		});
	}

	private static String explanation(FileResult result, String problem, String advice, LocalDateTime now) {
		return "Filen \"" + result.file().name() + "\" lästes inte in i sammanställningen av internkontrollen.\r\n\r\n"
				+ "Vad är fel?\r\n" + problem + "\r\n\r\n" + "Vad kan du göra?\r\n" + advice + "\r\n\r\n"
				+ "Filen flyttades hit " + DAY.format(now) + ". När filen är rättad lägger du den i inkorgen igen.\r\n"
				+ (result.sha256() == null ? "" : "Kontrollsumma (SHA-256): " + result.sha256() + "\r\n");
	}
}

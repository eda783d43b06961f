package se.ikkonsolidering.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
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
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RejectionNotes;
import se.ikkonsolidering.store.NewSubmission;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;
import se.ikkonsolidering.submission.Submission;
import se.ikkonsolidering.submission.SubmissionKind;

/**
 * Saves each file's outcome in the chunk's transaction; after commit, archives or rejects the file. A crash before
 * the commit leaves the file in the inbox with nothing stored; a crash after it leaves the file in the inbox with its
 * rows stored, which the next run recognises by checksum and only archives. Not final: the step-scoped bean is a
 * class proxy.
 */
class SubmissionWriter implements ItemWriter<FileResult> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	private final SubmissionStore store;
	private final FileMover mover;
	private final TransactionTemplate separateTransaction;
	private final long jobExecutionId;
	private final RunTally tally;
	private final Clock clock;

	/** @param clock when a file counts as received: the real time, or the day a rehearsal run counts as */
	SubmissionWriter(SubmissionStore store, FileMover mover, PlatformTransactionManager transactions,
			long jobExecutionId, RunTally tally, Clock clock) {
		this.store = store;
		this.mover = mover;
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jobExecutionId = jobExecutionId;
		this.tally = tally;
		this.clock = clock;
	}

	@Override
	public void write(Chunk<? extends FileResult> chunk) {
		for (FileResult result : chunk) {
			write(againstEarlierInThisTransaction(result), LocalDateTime.now(clock));
			if (tally.files() % RunTally.PROGRESS_EVERY == 0) {
				log.info("Progress: {}", tally.progress());
			}
		}
	}

	private void write(FileResult result, LocalDateTime now) {
		NewSubmission file = new NewSubmission(jobExecutionId, result.file().name(), result.sha256(),
				result.file().size(), now);
		if (result instanceof FileResult.Read read) {
			List<Long> ids = read.submissions().stream().map(submission -> saveRead(file, submission)).toList();
			afterCommit(ids, () -> mover.archive(result.file(), now));
		}
		else if (result instanceof FileResult.Rejected rejected) {
			reject(file, result, Outcome.AVVISAD, rejected.reason(), rejected.facts().namnd(), rejected.facts().year(),
					filedAs(result), now);
			log.warn("Rejected {}: {}", result.file().name(), rejected.reason().getMessage());
			tally.rejected();
		}
		else if (result instanceof FileResult.Duplicate duplicate) {
			StoredSubmission original = duplicate.original();
			reject(file, result, Outcome.DUBBLETT, RejectionNotes.duplicateOf(original.fileName(), original.receivedAt()),
					original.namnd(), original.year(), original.kind(), now);
			log.info("Duplicate {}: same content as {}", result.file().name(), original.fileName());
			tally.duplicate();
		}
		else if (result instanceof FileResult.Left left) {
			store.saveUnread(file, Outcome.AVVISAD, left.reason(), "", null, filedAs(result));
			log.warn("Leaving {} in the inbox: {}", result.file().name(), left.reason());
			tally.rejected();
		}
		else if (result instanceof FileResult.AlreadyStored stored) {
			afterCommit(List.of(stored.original().id()), () -> mover.archive(result.file(), now));
			log.info("Archiving {}: stored by an earlier run that stopped before moving it", result.file().name());
			tally.recovered();
		}
	}

	private long saveRead(NewSubmission file, Submission submission) {
		long id = store.saveRead(file, submission);
		if (submission.kind() == SubmissionKind.PLAN) {
			log.info("Read {} as the internkontrollplan of {} {}: {} planned controls", file.fileName(),
					submission.namnd(), submission.year(), submission.controls().size());
		}
		else {
			log.info("Read {}: {} {} {}, {} controls", file.fileName(), submission.namnd(), submission.year(),
					submission.period().map(Enum::name).orElse("-"), submission.controls().size());
		}
		tally.read(submission.controls().size());
		return id;
	}

	private static SubmissionKind filedAs(FileResult result) {
		return result.file().filedAsPlan() ? SubmissionKind.PLAN : SubmissionKind.FOLLOW_UP;
	}

	/** Saves a file that was not read; after commit, moves it to the rejected folder with its note. */
	private void reject(NewSubmission file, FileResult result, Outcome outcome, FileRejectedException reason,
			String namnd, Integer year, SubmissionKind kind, LocalDateTime now) {
		long id = store.saveUnread(file, outcome, RejectionNotes.message(reason), namnd, year, kind);
		afterCommit(List.of(id), () -> mover.reject(result.file(), now,
				RejectionNotes.fileText(result.file().name(), reason, result.sha256(), now)));
	}

	/**
	 * The processor checked for duplicates before parsing, but an identical file earlier in the same chunk is only
	 * visible here, inside the transaction.
	 */
	private FileResult againstEarlierInThisTransaction(FileResult result) {
		if (!(result instanceof FileResult.Read)) {
			return result;
		}
		Optional<StoredSubmission> earlier = store.findRead(result.sha256(), result.file().filedAsPlan());
		return earlier.<FileResult>map(e -> new FileResult.Duplicate(result.file(), result.sha256(), e)).orElse(result);
	}

	/** Moves the file once its rows are committed, and records where it went. */
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
			}
		});
	}
}

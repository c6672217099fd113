package org.chancery.audit.web;

import java.time.Instant;
import java.util.List;

import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.audit.AuditVerification;
import org.chancery.audit.Checkpoint;
import org.chancery.audit.Outcome;
import org.chancery.audit.ProofFiles;
import org.chancery.audit.VerificationReport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log for programs: the security auditor's alone. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('SECURITY_AUDITOR')")
@Tag(name = "Audit", description = "Tamper-evident audit log: entries, verification, checkpoints, RFC 6962 proofs")
class AuditApi {

	private final AuditLog log;
	private final AuditVerification verification;
	private final AuditTrail trail;
	private final MessageSource messages;

	AuditApi(AuditLog log, AuditVerification verification, AuditTrail trail, MessageSource messages) {
		this.log = log;
		this.verification = verification;
		this.trail = trail;
		this.messages = messages;
	}

	record EntryPageView(List<ProofFiles.EntryView> items, int page, int size, long totalItems, int totalPages) {
	}

	record CheckpointView(long treeSize, String rootHash, Instant createdAt, String keyId, String signature) {
		static CheckpointView of(Checkpoint c) {
			return new CheckpointView(c.treeSize(), c.rootHashHex(), c.createdAt(), c.keyId(),
					java.util.Base64.getEncoder().encodeToString(c.signature()));
		}
	}

	record ReportView(boolean intact, long entriesChecked, int checkpointsChecked, @Nullable Long firstBadEntry,
			@Nullable String problem, @Nullable String message, long millis) {
	}

	record KeyView(String keyId, String algorithm, String publicKey) {
	}

	@GetMapping("/entries")
	@Operation(summary = "Entries, newest first; strings match as substrings; from/to are instants (UTC)")
	EntryPageView entries(@RequestParam(required = false) @Nullable String actor, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String object, @RequestParam(required = false) @Nullable Outcome outcome,
			@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		var result = log.entries(new AuditLog.Filter(actor, action, object, outcome, from, to), page, size);
		return new EntryPageView(result.entries().stream().map(AuditApi::view).toList(), result.page(), result.size(), result.total(),
				result.totalPages());
	}

	@GetMapping("/entries/{seq}")
	ProofFiles.EntryView entry(@PathVariable long seq) {
		return view(log.entry(seq));
	}

	@PostMapping("/verify")
	@Operation(summary = "Verify the whole log against its checkpoints; names the first bad entry")
	ReportView verify() {
		VerificationReport report = verification.verify();
		trail.record(AuditRecord.success("audit.verify", "audit-log", "all", "intact=" + report.intact() + " entries="
				+ report.entriesChecked()).withOutcome(report.intact() ? Outcome.SUCCESS : Outcome.FAILURE));
		String message = report.problem() == null ? null
				: messages.getMessage(report.problem(), report.problemArguments(), report.problem(), LocaleContextHolder.getLocale());
		return new ReportView(report.intact(), report.entriesChecked(), report.checkpointsChecked(), report.firstBadEntry(),
				report.problem(), message, report.elapsed().toMillis());
	}

	@GetMapping("/checkpoints")
	List<CheckpointView> checkpoints() {
		return log.checkpoints().stream().map(CheckpointView::of).toList();
	}

	@PostMapping("/checkpoints")
	@Operation(summary = "Sign the current head now (no-op when nothing was appended since the last checkpoint)")
	@Nullable CheckpointView checkpoint() {
		return log.writeCheckpoint().map(CheckpointView::of).orElse(null);
	}

	@GetMapping("/public-key")
	KeyView publicKey() {
		return new KeyView(log.keyId(), "Ed25519", log.publicKeyBase64());
	}

	@GetMapping("/entries/{seq}/inclusion-proof")
	ProofFiles.Inclusion inclusion(@PathVariable long seq, @RequestParam(required = false) @Nullable Long treeSize) {
		return ProofFiles.of(log.inclusionProof(seq, treeSize));
	}

	@GetMapping("/consistency-proof")
	ProofFiles.Consistency consistency(@RequestParam long from, @RequestParam long to) {
		return ProofFiles.of(log.consistencyProof(from, to));
	}

	private static ProofFiles.EntryView view(AuditEntry e) {
		return ProofFiles.EntryView.of(e);
	}
}

package org.chancery.audit.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.chancery.audit.AuditLog;
import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.audit.AuditVerification;
import org.chancery.audit.Outcome;
import org.chancery.audit.ProofFiles;
import org.chancery.audit.VerificationReport;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security auditor's page: entries with filters, verification, checkpoints and proofs. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('SECURITY_AUDITOR')")
class AuditPages {

	private final AuditLog log;
	private final AuditVerification verification;
	private final AuditTrail trail;

	AuditPages(AuditLog log, AuditVerification verification, AuditTrail trail) {
		this.log = log;
		this.verification = verification;
		this.trail = trail;
	}

	@GetMapping
	String entries(@RequestParam(required = false) @Nullable String actor, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String object, @RequestParam(required = false) @Nullable Outcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new AuditLog.Filter(actor, action, object, outcome, from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		model.addAttribute("page", log.entries(filter, page, 50));
		model.addAttribute("checkpoints", log.checkpoints().reversed());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("object", object);
		model.addAttribute("outcome", outcome);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("keyId", log.keyId());
		model.addAttribute("publicKey", log.publicKeyBase64());
		return "audit/entries";
	}

	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		VerificationReport report = verification.verify();
		trail.record(AuditRecord.success("audit.verify", "audit-log", "all", "intact=" + report.intact() + " entries="
				+ report.entriesChecked() + (report.firstBadEntry() == null ? "" : " firstBad=" + report.firstBadEntry()))
			.withOutcome(report.intact() ? Outcome.SUCCESS : Outcome.FAILURE));
		redirect.addFlashAttribute("report", report);
		return "redirect:/audit";
	}

	@PostMapping("/checkpoints")
	String checkpoint(RedirectAttributes redirect) {
		var written = log.writeCheckpoint();
		if (written.isPresent()) {
			redirect.addFlashAttribute("flash", "audit.checkpointWritten");
			redirect.addFlashAttribute("flashArg", written.get().treeSize());
		}
		else {
			redirect.addFlashAttribute("flash", "audit.checkpointNone");
		}
		return "redirect:/audit";
	}

	@GetMapping("/entries/{seq}/proof")
	@ResponseBody
	ResponseEntity<ProofFiles.Inclusion> inclusion(@PathVariable long seq, @RequestParam(required = false) @Nullable Long treeSize) {
		var proof = ProofFiles.of(log.inclusionProof(seq, treeSize));
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("audit-inclusion-" + seq + ".json").build().toString()).body(proof);
	}

	@GetMapping("/consistency")
	@ResponseBody
	ResponseEntity<ProofFiles.Consistency> consistency(@RequestParam long from, @RequestParam long to) {
		var proof = ProofFiles.of(log.consistencyProof(from, to));
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("audit-consistency-" + from + "-" + to + ".json").build().toString()).body(proof);
	}
}

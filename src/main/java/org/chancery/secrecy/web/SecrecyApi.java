package org.chancery.secrecy.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chancery.secrecy.AccessPolicy;
import org.chancery.secrecy.Clearance;
import org.chancery.secrecy.ClearanceChange;
import org.chancery.secrecy.Clearances;
import org.chancery.secrecy.Clearances.AuthorityDraft;
import org.chancery.secrecy.Clearances.ClearanceDraft;
import org.chancery.secrecy.Clearances.OfficerDraft;
import org.chancery.secrecy.Clearances.Revocation;
import org.chancery.secrecy.ClassificationOfficer;
import org.chancery.secrecy.Level;
import org.chancery.secrecy.Marking;
import org.chancery.kernel.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Secrecy for programs: clearances and officers (security administrator), one's own clearance, markings. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Secrecy", description = "Clearances, classification officers, markings")
class SecrecyApi {

	private final Clearances clearances;
	private final AccessPolicy policy;

	SecrecyApi(Clearances clearances, AccessPolicy policy) {
		this.clearances = clearances;
		this.policy = policy;
	}

	record ClearanceView(UUID accountId, Level level, Set<String> compartments, String reason, String grantedBy, Instant grantedAt) {
		static ClearanceView of(Clearance c) {
			return new ClearanceView(c.accountId(), c.level(), new TreeSet<>(c.compartments()), c.reason(), c.grantedBy(), c.grantedAt());
		}
	}

	record ChangeView(@Nullable Level level, String compartments, String reason, String changedBy, Instant changedAt) {
		static ChangeView of(ClearanceChange c) {
			return new ChangeView(c.level(), c.compartments(), c.reason(), c.changedBy(), c.changedAt());
		}
	}

	record OfficerView(UUID id, UUID unitId, UUID accountId, Level maxLevel, Instant appointedAt, @Nullable Instant endedAt) {
		static OfficerView of(ClassificationOfficer o) {
			return new OfficerView(o.id(), o.unitId(), o.accountId(), o.maxLevel(), o.appointedAt(), o.endedAt());
		}
	}

	record MyClearance(Level level, Set<String> compartments, @Nullable UUID unitId) {
	}

	record MarkingView(String text, Level level, @Nullable String period, java.time.LocalDate runsFrom,
			java.time.@Nullable LocalDate declassifiesOn, String banner, String portionMark) {
	}

	@GetMapping("/clearances")
	List<ClearanceView> clearances() {
		return clearances.all().stream().map(ClearanceView::of).toList();
	}

	@GetMapping("/clearances/{accountId}")
	ClearanceView clearance(@PathVariable UUID accountId) {
		return clearances.of(accountId).map(ClearanceView::of).orElseThrow(NotFoundException::new);
	}

	@GetMapping("/clearances/{accountId}/history")
	List<ChangeView> history(@PathVariable UUID accountId) {
		return clearances.history(accountId).stream().map(ChangeView::of).toList();
	}

	@PutMapping("/clearances/{accountId}")
	@Operation(summary = "Grant or change a clearance, with a written reason; effective from the holder's next request")
	ClearanceView grant(@PathVariable UUID accountId, @Valid @RequestBody ClearanceDraft draft) {
		return ClearanceView.of(clearances.grant(accountId, draft));
	}

	@PostMapping("/clearances/{accountId}/revoke")
	ResponseEntity<Void> revoke(@PathVariable UUID accountId, @Valid @RequestBody Revocation revocation) {
		clearances.revoke(accountId, revocation);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me/clearance")
	@Operation(summary = "One's own clearance as the access policy sees it now")
	MyClearance myClearance() {
		var subject = policy.currentSubject();
		return new MyClearance(subject.clearance(), new TreeSet<>(subject.compartments()), subject.unitId());
	}

	@GetMapping("/classification-officers")
	List<OfficerView> officers() {
		return clearances.officers().stream().map(OfficerView::of).toList();
	}

	@PostMapping("/classification-officers")
	ResponseEntity<OfficerView> appoint(@Valid @RequestBody OfficerDraft draft) {
		return ResponseEntity.status(201).body(OfficerView.of(clearances.appoint(draft)));
	}

	@PostMapping("/classification-officers/{id}/end")
	OfficerView end(@PathVariable UUID id) {
		return OfficerView.of(clearances.endOfficer(id));
	}

	@PutMapping("/units/{unitId}/classification-authority")
	ResponseEntity<Void> authority(@PathVariable UUID unitId, @Valid @RequestBody AuthorityDraft draft) {
		clearances.setAuthority(unitId, draft);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/markings/parse")
	@Operation(summary = "Parse and validate a written marking such as 机密★5年; 400 with the reason when it is malformed")
	MarkingView parse(@RequestParam String text, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate runsFrom,
			@RequestParam(defaultValue = "false") boolean extension) {
		Marking m = Marking.parse(text, runsFrom, "-", extension);
		return new MarkingView(m.text(), m.level(), m.period() == null ? null : m.period().text(), m.runsFrom(),
				m.declassifiesOn().orElse(null), m.banner(), m.level().portionMark());
	}
}

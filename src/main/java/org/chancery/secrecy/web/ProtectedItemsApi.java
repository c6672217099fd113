package org.chancery.secrecy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.chancery.secrecy.Level;
import org.chancery.secrecy.MarkingRecord;
import org.chancery.secrecy.ProtectedItem;
import org.chancery.secrecy.ProtectedItems;
import org.chancery.secrecy.ProtectedItems.Disclosure;
import org.chancery.secrecy.ProtectedItems.ReaderApproval;
import org.chancery.secrecy.ProtectedItems.Remarking;
import org.chancery.secrecy.ScopeEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The register of protected items: the security administrator's view, officers' and leaders' decisions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Secrecy")
class ProtectedItemsApi {

	private final ProtectedItems items;

	ProtectedItemsApi(ProtectedItems items) {
		this.items = items;
	}

	record ItemView(UUID id, String type, String marking, Level level, ProtectedItem.State state, LocalDate runsFrom, String authority,
			@Nullable LocalDate declassifiesOn, UUID unitId, Set<String> compartments, LocalDate nextReview) {
		static ItemView of(ProtectedItem i) {
			return new ItemView(i.id(), i.itemType(), i.markingText(), i.level(), i.state(), i.runsFrom(), i.authority(), i.declassifiesOn(),
					i.unitId(), new TreeSet<>(i.compartments()), i.nextReview());
		}
	}

	record ScopeView(@Nullable UUID personId, @Nullable UUID unitId, @Nullable UUID approvedBy, @Nullable String reason, Instant addedAt) {
		static ScopeView of(ScopeEntry s) {
			return new ScopeView(s.personId(), s.unitId(), s.approvedBy(), s.reason(), s.addedAt());
		}
	}

	record HistoryView(String marking, ProtectedItem.State state, String reason, String changedBy, Instant changedAt, boolean current) {
	}

	record ItemPage(List<ItemView> items, int page, int size, long totalItems, int totalPages) {
	}

	@GetMapping("/protected-items")
	@Operation(summary = "The register, next review first (security administrator)")
	ItemPage register(@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		var found = items.register(PageRequest.of(page, size));
		return new ItemPage(found.map(ItemView::of).getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@GetMapping("/protected-items/{id}")
	ItemView item(@PathVariable UUID id) {
		return ItemView.of(items.registered(id));
	}

	@GetMapping("/protected-items/{id}/scope")
	List<ScopeView> scope(@PathVariable UUID id) {
		items.registered(id);
		return items.scope(id).stream().map(ScopeView::of).toList();
	}

	@GetMapping("/protected-items/{id}/history")
	@Operation(summary = "Every marking the item has had; all but the last are cancelled")
	List<HistoryView> history(@PathVariable UUID id) {
		items.registered(id);
		List<MarkingRecord> records = items.history(id);
		return java.util.stream.IntStream.range(0, records.size()).mapToObj(i -> {
			MarkingRecord r = records.get(i);
			return new HistoryView(r.marking(), r.state(), r.reason(), r.changedBy(), r.changedAt(), i == records.size() - 1);
		}).toList();
	}

	@GetMapping("/protected-items/{id}/disclosures")
	@Operation(summary = "Everyone who has come to know a 机密 or 绝密 item (security administrator)")
	List<Disclosure> disclosures(@PathVariable UUID id) {
		items.registered(id);
		return items.disclosures(id);
	}

	@PostMapping("/protected-items/{id}/approve")
	@Operation(summary = "A classification officer of the unit approves the proposed marking")
	ItemView approve(@PathVariable UUID id) {
		return ItemView.of(items.approve(id));
	}

	@PostMapping("/protected-items/{id}/remark")
	@Operation(summary = "Change level, period or authority (classifying unit or a unit above); extensions only before expiry")
	ItemView remark(@PathVariable UUID id, @Valid @RequestBody Remarking change) {
		return ItemView.of(items.remark(id, change));
	}

	@PostMapping("/protected-items/{id}/review")
	ItemView review(@PathVariable UUID id) {
		return ItemView.of(items.markReviewed(id));
	}

	@PostMapping("/protected-items/{id}/readers")
	@Operation(summary = "A leader of the classifying unit admits a person from outside the scope, with a reason")
	ResponseEntity<ScopeView> approveReader(@PathVariable UUID id, @Valid @RequestBody ReaderApproval approval) {
		return ResponseEntity.status(201).body(ScopeView.of(items.approveReader(id, approval)));
	}

	@GetMapping("/units/{unitId}/review-queue")
	List<ItemView> reviewQueue(@PathVariable UUID unitId) {
		return items.reviewQueue(unitId).stream().map(ItemView::of).toList();
	}

	@PostMapping("/protected-items/declassify-due")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	@Operation(summary = "Run the declassification of items whose period has ended now (it also runs daily)")
	int declassifyDue() {
		return items.declassifyDue();
	}
}

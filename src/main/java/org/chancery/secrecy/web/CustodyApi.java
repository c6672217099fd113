package org.chancery.secrecy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chancery.secrecy.CarrierCopy;
import org.chancery.secrecy.Custody;
import org.chancery.secrecy.Custody.CopyRequest;
import org.chancery.secrecy.Custody.DestructionRequest;
import org.chancery.secrecy.Custody.LossReport;
import org.chancery.secrecy.Custody.ManifestDraft;
import org.chancery.secrecy.Custody.ManifestLine;
import org.chancery.secrecy.Custody.RecallRequest;
import org.chancery.secrecy.Destruction;
import org.chancery.secrecy.Manifest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Numbered copies and confidential transport for programs. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Custody", description = "Numbered copies, transport manifests with confirmed handovers, recall, two-person destruction")
class CustodyApi {

	private final Custody custody;

	CustodyApi(Custody custody) {
		this.custody = custody;
	}

	record CopyView(UUID id, UUID itemId, String number, CarrierCopy.State state, @Nullable UUID holder, boolean recalled,
			@Nullable LocalDate dueBack) {
		static CopyView of(CarrierCopy c) {
			return new CopyView(c.id(), c.itemId(), c.label(), c.state(), c.holder(), c.recalled(), c.dueBack());
		}
	}

	record ManifestView(UUID id, UUID courier, UUID recipient, String destination, Manifest.State state, Instant createdAt,
			@Nullable Instant handedAt, @Nullable Instant deliveredAt, boolean chainBroken) {
		static ManifestView of(Manifest m) {
			return new ManifestView(m.id(), m.courier(), m.recipient(), m.destination(), m.state(), m.createdAt(), m.handedAt(),
					m.deliveredAt(), m.chainBroken());
		}
	}

	record DestructionView(UUID id, UUID copyId, String method, String place, UUID requestedBy, @Nullable UUID approvedBy,
			@Nullable UUID witnessedBy, boolean complete) {
		static DestructionView of(Destruction d) {
			return new DestructionView(d.id(), d.copyId(), d.method(), d.place(), d.requestedBy(), d.approvedBy(), d.witnessedBy(), d.complete());
		}
	}

	record DashboardView(List<CopyView> overdue, List<ManifestView> unconfirmed, List<ManifestView> brokenChains) {
	}

	@PostMapping("/protected-items/{id}/copies")
	@Operation(summary = "Number the next copies of a classified item (confidential clerk)")
	ResponseEntity<List<CopyView>> issue(@PathVariable UUID id, @Valid @RequestBody CopyRequest request) {
		return ResponseEntity.status(201).body(custody.issue(id, request).stream().map(CopyView::of).toList());
	}

	@GetMapping("/protected-items/{id}/copies")
	List<CopyView> copies(@PathVariable UUID id) {
		return custody.copiesOf(id).stream().map(CopyView::of).toList();
	}

	@PostMapping("/manifests")
	ResponseEntity<ManifestView> assemble(@Valid @RequestBody ManifestDraft draft) {
		return ResponseEntity.status(201).body(ManifestView.of(custody.assemble(draft)));
	}

	@GetMapping("/manifests/{id}/copies")
	List<ManifestLine> lines(@PathVariable UUID id) {
		return custody.lines(id);
	}

	@PostMapping("/manifests/{id}/courier-receipt")
	@Operation(summary = "The courier confirms taking the copies")
	ManifestView courierTakes(@PathVariable UUID id) {
		return ManifestView.of(custody.courierTakes(id));
	}

	@PostMapping("/manifests/{id}/delivery")
	@Operation(summary = "The recipient confirms delivery")
	ManifestView delivered(@PathVariable UUID id) {
		return ManifestView.of(custody.delivered(id));
	}

	@PostMapping("/manifests/{id}/copies/{copyId}/sign")
	@Operation(summary = "The recipient signs for one copy")
	CopyView sign(@PathVariable UUID id, @PathVariable UUID copyId) {
		return CopyView.of(custody.signFor(id, copyId));
	}

	@PostMapping("/copies/{id}/recall")
	CopyView recall(@PathVariable UUID id, @Valid @RequestBody RecallRequest request) {
		return CopyView.of(custody.recall(id, request));
	}

	@PostMapping("/copies/{id}/return")
	CopyView returned(@PathVariable UUID id) {
		return CopyView.of(custody.returned(id));
	}

	@PostMapping("/copies/{id}/lost")
	CopyView lost(@PathVariable UUID id, @Valid @RequestBody LossReport report) {
		return CopyView.of(custody.reportLost(id, report));
	}

	@PostMapping("/copies/{id}/destruction")
	ResponseEntity<DestructionView> requestDestruction(@PathVariable UUID id, @Valid @RequestBody DestructionRequest request) {
		return ResponseEntity.status(201).body(DestructionView.of(custody.requestDestruction(id, request)));
	}

	@PostMapping("/destructions/{id}/approve")
	DestructionView approve(@PathVariable UUID id) {
		return DestructionView.of(custody.approveDestruction(id));
	}

	@PostMapping("/destructions/{id}/witness")
	DestructionView witness(@PathVariable UUID id) {
		return DestructionView.of(custody.witnessDestruction(id));
	}

	@GetMapping("/custody/dashboard")
	@Operation(summary = "The confidential clerk's dashboard: overdue returns, unconfirmed handovers, broken chains")
	DashboardView dashboard() {
		var d = custody.dashboard();
		return new DashboardView(d.overdue().stream().map(CopyView::of).toList(), d.unconfirmed().stream().map(ManifestView::of).toList(),
				d.brokenChains().stream().map(ManifestView::of).toList());
	}
}

package org.chancery.secrecy.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chancery.secrecy.CarrierCopy;
import org.chancery.secrecy.Copying;
import org.chancery.secrecy.Copying.Decision;
import org.chancery.secrecy.CopyingRequest;
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

/** Copying and extracting classified items, through approval to numbered copies. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Custody")
class CopyingApi {

	private final Copying copying;

	CopyingApi(Copying copying) {
		this.copying = copying;
	}

	record RequestView(UUID id, UUID itemId, CopyingRequest.Kind kind, int count, String reason, UUID requestedBy, UUID requestingUnit,
			CopyingRequest.State state, @Nullable UUID decidedBy, @Nullable String decisionNote, Instant requestedAt) {
		static RequestView of(CopyingRequest r) {
			return new RequestView(r.id(), r.itemId(), r.kind(), r.count(), r.reason(), r.requestedBy(), r.requestingUnit(), r.state(),
					r.decidedBy(), r.decisionNote(), r.requestedAt());
		}
	}

	record CopyView(UUID id, String number, CarrierCopy.State state, @Nullable UUID holder, @Nullable String stamp) {
		static CopyView of(CarrierCopy c) {
			return new CopyView(c.id(), c.label(), c.state(), c.holder(), c.holderNote());
		}
	}

	@PostMapping("/protected-items/{id}/copying")
	@Operation(summary = "Ask to copy or extract a classified item one may read")
	ResponseEntity<RequestView> request(@PathVariable UUID id, @Valid @RequestBody Copying.Request request) {
		return ResponseEntity.status(201).body(RequestView.of(copying.request(id, request)));
	}

	@GetMapping("/copying")
	List<RequestView> pending() {
		return copying.pending().stream().map(RequestView::of).toList();
	}

	@PostMapping("/copying/{id}/approve")
	RequestView approve(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
		return RequestView.of(copying.decide(id, true, decision));
	}

	@PostMapping("/copying/{id}/refuse")
	RequestView refuse(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
		return RequestView.of(copying.decide(id, false, decision));
	}

	@PostMapping("/copying/{id}/produce")
	@Operation(summary = "The confidential clerk makes the approved copies")
	List<CopyView> produce(@PathVariable UUID id) {
		return copying.produce(id).stream().map(CopyView::of).toList();
	}
}

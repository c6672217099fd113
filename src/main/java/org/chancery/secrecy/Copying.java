package org.chancery.secrecy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.AccessPolicy.Subject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copying and extracting classified items (RULES.md §1.6). Only someone who may read the item asks;
 * a leader decides (of the requesting unit for 秘密 and 机密, of the issuing unit for 绝密, never on
 * their own request); the confidential clerk produces the copies, numbered in the item's register.
 */
@Service
@Transactional(readOnly = true)
public class Copying {

	public record Request(@NotNull CopyingRequest.Kind kind, @NotNull @Min(1) @Max(99) Integer count, @NotBlank @Size(max = 500) String reason) {
	}

	public record Decision(@NotBlank @Size(max = 500) String note) {
	}

	private final CopyingRequests requests;
	private final Items items;
	private final Copies copies;
	private final ProtectedItems protectedItems;
	private final AccessPolicy policy;
	private final Organization organization;
	private final AuditTrail audit;
	private final Clock clock;

	Copying(CopyingRequests requests, Items items, Copies copies, ProtectedItems protectedItems, AccessPolicy policy, Organization organization,
			AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.items = items;
		this.copies = copies;
		this.protectedItems = protectedItems;
		this.policy = policy;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public CopyingRequest request(UUID itemId, Request request) {
		ProtectedItem item = readable(itemId);
		if (!item.effectiveLevel().isStateSecret()) {
			throw new DomainException("copying.notNeeded");
		}
		Subject me = policy.currentSubject();
		if (me.unitId() == null) {
			throw new DomainException("copying.noUnit");
		}
		CopyingRequest r = requests.save(new CopyingRequest(UUID.randomUUID(), itemId, request.kind(), request.count(), request.reason().strip(),
				me.accountId(), me.unitId(), clock.instant()));
		audit.record(AuditRecord.success("secrecy.copying.request", item.itemType(), itemId, request.kind() + " x" + request.count()
				+ " reason=" + request.reason().strip()));
		return r;
	}

	/** Approves or refuses; the deciding leader must hold LEADER in the unit the rules name. */
	@Transactional
	public CopyingRequest decide(UUID requestId, boolean approve, Decision decision) {
		CopyingRequest r = requests.findById(requestId).orElseThrow(NotFoundException::new);
		ProtectedItem item = readable(r.itemId());
		UUID deciding = item.level() == Level.TOP_SECRET ? item.unitId() : r.requestingUnit();
		if (!ChanceryUser.currentHolds(Role.LEADER, deciding)) {
			throw new DomainException(item.level() == Level.TOP_SECRET ? "copying.issuingUnitDecides" : "copying.unitLeaderDecides");
		}
		r.decide(approve, policy.currentSubject().accountId(), decision.note().strip(), clock.instant());
		audit.record(AuditRecord.success(approve ? "secrecy.copying.approve" : "secrecy.copying.refuse", item.itemType(), item.id(),
				"request=" + requestId + " note=" + decision.note().strip()));
		return r;
	}

	/** The confidential clerk makes the approved copies: numbered on, held by the requester, stamped by their unit. */
	@PreAuthorize(Custody.CLERK)
	@Transactional
	public List<CarrierCopy> produce(UUID requestId) {
		CopyingRequest r = requests.findById(requestId).orElseThrow(NotFoundException::new);
		ProtectedItem item = items.findById(r.itemId()).orElseThrow(NotFoundException::new);
		if (!policy.currentSubject().clearance().dominates(item.level())) {
			throw new NotFoundException();
		}
		r.done();
		String unit = organization.unit(r.requestingUnit()).nameZh();
		int next = copies.maxNumber(item.id()) + 1;
		List<CarrierCopy> made = new ArrayList<>();
		for (int n = next; n < next + r.count(); n++) {
			made.add(copies.save(CarrierCopy.copied(UUID.randomUUID(), item.id(), n, r.requestedBy(), r.id(), unit)));
		}
		audit.record(AuditRecord.success("secrecy.copying.produce", item.itemType(), item.id(), r.kind() + " copies " + made.getFirst().label()
				+ "-" + made.getLast().label() + " for " + unit));
		return made;
	}

	/** Approved requests waiting for the confidential clerk to make the copies. */
	@PreAuthorize(Custody.CLERK)
	public List<CopyingRequest> approved() {
		return requests.findByStateOrderByRequestedAt(CopyingRequest.State.APPROVED);
	}

	/** Requests waiting for a decision that the current person may see. */
	public List<CopyingRequest> pending() {
		Subject me = policy.currentSubject();
		return requests.findByStateOrderByRequestedAt(CopyingRequest.State.REQUESTED).stream()
			.filter(r -> items.findById(r.itemId()).map(i -> AccessPolicy.mayRead(me, protectedItems.protectionOf(i.id()))).orElse(false))
			.toList();
	}

	private ProtectedItem readable(UUID itemId) {
		ProtectedItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
		if (!AccessPolicy.mayRead(policy.currentSubject(), protectedItems.protectionOf(itemId))) {
			throw new NotFoundException();
		}
		return item;
	}
}

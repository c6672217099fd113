package org.chancery.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.workflow.TodoItem;
import org.chancery.workflow.TodoSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incoming work waiting for the signed-in person: documents to sign for, register and review (receivers),
 * to instruct (the leader a proposal is put to), to read (the current readers of a circulation), to
 * handle or help with (the units named in an instruction) and late items to chase (the chaser). Each
 * only if its document passes the access rule.
 */
@Component
class IncomingWork implements TodoSource {

	private static final int MAX = 200;

	private final Incoming incoming;
	private final Circulations circulations;
	private final Assignments assignments;
	private final IncomingAccess access;
	private final Handling handling;
	private final org.chancery.workflow.WorkingDays workingDays;

	IncomingWork(Incoming incoming, Circulations circulations, Assignments assignments, IncomingAccess access, Handling handling,
			org.chancery.workflow.WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.incoming = incoming;
		this.circulations = circulations;
		this.assignments = assignments;
		this.access = access;
		this.handling = handling;
	}

	@Override
	@Transactional
	public List<TodoItem> itemsFor(String username) {
		ChanceryUser me = ChanceryUser.current().orElse(null);
		if (me == null || !me.getUsername().equals(username)) {
			return List.of();
		}
		DocumentAccess.Reader reader = access.reader();
		List<TodoItem> items = new ArrayList<>();
		boolean clerk = me.has(Role.DOCUMENT_CLERK) || me.has(Role.CONFIDENTIAL_CLERK);
		List<UUID> receiving = me.roles().stream().filter(g -> Dispatching.RECEIVING_ROLES.contains(g.role())).map(g -> g.unitId())
			.filter(Objects::nonNull).toList();
		if (clerk || !receiving.isEmpty()) {
			var waiting = incoming.findAll(access.visible().and((root, q, cb) -> cb.and(
					root.get("state").in(IncomingDocument.State.ARRIVED, IncomingDocument.State.SIGNED_FOR, IncomingDocument.State.REGISTERED),
					clerk ? cb.conjunction() : root.get("receivingUnitId").in(receiving))),
					org.springframework.data.domain.PageRequest.of(0, MAX, org.springframework.data.domain.Sort.by("arrivedAt")));
			waiting.forEach(d -> items.add(item(d, "todo.incoming." + d.state(), d.arrivedAt(), null)));
		}
		if (me.has(Role.LEADER)) {
			incoming.findAll(access.visible().and((root, q, cb) -> cb.and(cb.equal(root.get("instructorId"), me.accountId()),
					cb.equal(root.get("state"), IncomingDocument.State.HANDLING))))
				.forEach(d -> items.add(item(d, "todo.incoming.instruct", Objects.requireNonNullElse(d.proposedAt(), d.arrivedAt()), null)));
		}
		List<Circulation> reading = circulations.withReaderIn(me.accountId(), CirculationStop.State.CURRENT);
		Map<UUID, IncomingDocument> visible = visibleAmong(reading.stream().map(Circulation::incomingId).toList());
		for (Circulation c : reading) {
			IncomingDocument d = visible.get(c.incomingId());
			c.location().stream().filter(s -> s.readerId().equals(me.accountId()) && d != null)
				.forEach(s -> items.add(item(d, "todo.incoming.read", Objects.requireNonNullElse(s.becameCurrent(), c.startedAt()), s.dueAt())));
		}
		if (!reader.units().isEmpty()) {
			List<Assignment> open = assignments.findByUnitIdInAndState(reader.units(), Assignment.State.OPEN);
			Map<UUID, IncomingDocument> mine = visibleAmong(open.stream().map(Assignment::incomingId).toList());
			for (Assignment a : open) {
				IncomingDocument d = mine.get(a.incomingId());
				if (d != null && d.state() == IncomingDocument.State.HANDLING) {
					items.add(item(d, a.lead() ? "todo.incoming.lead" : "todo.incoming.co", Objects.requireNonNullElse(d.proposedAt(), d.arrivedAt()),
							a.deadline() == null ? null : workingDays.endOf(a.deadline())));
				}
			}
		}
		handling.lateForMyChasing().stream()
			.forEach(l -> items.add(item(l.document(), "todo.incoming.chase", l.document().arrivedAt(), l.due())));
		return items;
	}

	private Map<UUID, IncomingDocument> visibleAmong(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return incoming.findAll(access.visible().and((root, q, cb) -> root.get("id").in(ids))).stream()
			.collect(Collectors.toMap(IncomingDocument::id, Function.identity()));
	}

	private static TodoItem item(IncomingDocument d, String key, Instant since, @org.jspecify.annotations.Nullable Instant due) {
		return new TodoItem("documents", key, d.title(), "/incoming/" + d.id(), since, due);
	}
}

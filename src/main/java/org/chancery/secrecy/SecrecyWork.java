package org.chancery.secrecy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chancery.kernel.Principals;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.secrecy.AccessPolicy.Subject;
import org.chancery.workflow.TodoItem;
import org.chancery.workflow.TodoSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in person has to do in secrecy matters — markings to approve or review, copying
 * requests to decide, handovers to confirm, copies to sign for, destructions to approve or witness —
 * for the secrecy work page and the to-do inbox.
 */
@Service
@Transactional(readOnly = true)
public class SecrecyWork implements TodoSource {

	/** The signed-in person's open secrecy work. */
	public record Work(List<ProtectedItem> toApprove, List<ProtectedItem> toReview, List<CopyingRequest> copyingToDecide,
			List<Manifest> handovers, List<Custody.ManifestLine> toSign, List<UUID> toSignManifests, List<Destruction> destructionsToApprove,
			List<Destruction> destructionsToWitness, List<ProtectedItems.Notice> notices) {

		public int size() {
			return toApprove.size() + toReview.size() + copyingToDecide.size() + handovers.size() + toSign.size()
					+ destructionsToApprove.size() + destructionsToWitness.size() + notices.size();
		}
	}

	private final PendingWork pending;
	private final Officers officers;
	private final CopyingRequests copying;
	private final Items items;
	private final ProtectedItems protectedItems;
	private final AccessPolicy policy;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	SecrecyWork(PendingWork pending, Officers officers, CopyingRequests copying, Items items, ProtectedItems protectedItems, AccessPolicy policy,
			JdbcTemplate jdbc, Clock clock) {
		this.pending = pending;
		this.officers = officers;
		this.copying = copying;
		this.items = items;
		this.protectedItems = protectedItems;
		this.policy = policy;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Work mine() {
		Subject me = policy.currentSubject();
		if (me.accountId() == null) {
			return new Work(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		}
		List<ClassificationOfficer> offices = officers.findByAccountIdAndEndedAtIsNull(me.accountId());
		Set<UUID> officerUnits = offices.stream().map(ClassificationOfficer::unitId).collect(Collectors.toSet());
		List<ProtectedItem> toApprove = officerUnits.isEmpty() ? List.of() : pending.proposedIn(officerUnits).stream()
			.filter(i -> offices.stream().anyMatch(o -> o.unitId().equals(i.unitId()) && o.maxLevel().dominates(i.level()))
					&& me.clearance().dominates(i.level()))
			.toList();
		List<ProtectedItem> toReview = officerUnits.isEmpty() ? List.of() : pending.reviewDueIn(officerUnits, LocalDate.now(clock)).stream()
			.filter(i -> me.clearance().dominates(i.level())).toList();
		Set<RoleGrantView> grants = grants();
		List<CopyingRequest> decide = copying.findByStateOrderByRequestedAt(CopyingRequest.State.REQUESTED).stream()
			.filter(r -> !r.requestedBy().equals(me.accountId()))
			.filter(r -> items.findById(r.itemId()).map(i -> {
				UUID deciding = i.level() == Level.TOP_SECRET ? i.unitId() : r.requestingUnit();
				return grants.contains(new RoleGrantView(Role.LEADER, deciding)) && AccessPolicy.mayRead(me, protectedItems.protectionOf(i.id()));
			}).orElse(false))
			.toList();
		List<Manifest> handovers = pending.handoversFor(me.accountId());
		List<UUID> delivered = jdbc.queryForList("select m.id from sec_manifest m where m.recipient_account_id = ? and m.state = 'DELIVERED'",
				UUID.class, me.accountId());
		List<Custody.ManifestLine> toSign = new ArrayList<>();
		List<UUID> toSignManifests = new ArrayList<>();
		for (UUID manifest : delivered) {
			jdbc.query("select copy_id from sec_manifest_copy where manifest_id = ? and signed_at is null", rs -> {
				toSign.add(new Custody.ManifestLine(rs.getObject(1, UUID.class), null));
				toSignManifests.add(manifest);
			}, manifest);
		}
		boolean approver = grants.stream().anyMatch(g -> g.role() == Role.LEADER) || Principals.has("ROLE_SECURITY_ADMIN");
		List<Destruction> open = pending.openDestructions();
		List<Destruction> approve = approver ? open.stream().filter(d -> d.approvedBy() == null && !d.requestedBy().equals(me.accountId())).toList()
				: List.of();
		boolean witness = approver || Principals.has("ROLE_CONFIDENTIAL_CLERK") || Principals.has("ROLE_SUPERVISOR");
		List<Destruction> witnessing = witness ? open.stream().filter(d -> d.approvedBy() != null && !d.approvedBy().equals(me.accountId())
				&& !d.requestedBy().equals(me.accountId())).toList() : List.of();
		return new Work(toApprove, toReview, decide, handovers, toSign, toSignManifests, approve, witnessing, protectedItems.myNotices());
	}

	/** Feeds the home page's to-do list: one line per kind of open work, linking to the work page. */
	@Override
	public List<TodoItem> itemsFor(String username) {
		if (!username.equals(Principals.usernameOrNull())) {
			return List.of();
		}
		Work work = mine();
		List<TodoItem> todo = new ArrayList<>();
		java.time.Instant now = clock.instant();
		add(todo, work.toApprove().size(), "secrecy.todo.approve", now);
		add(todo, work.toReview().size(), "secrecy.todo.review", now);
		add(todo, work.copyingToDecide().size(), "secrecy.todo.copying", now);
		add(todo, work.handovers().size(), "secrecy.todo.handovers", now);
		add(todo, work.toSign().size(), "secrecy.todo.sign", now);
		add(todo, work.destructionsToApprove().size() + work.destructionsToWitness().size(), "secrecy.todo.destruction", now);
		add(todo, work.notices().size(), "secrecy.todo.notices", now);
		return todo;
	}

	private static void add(List<TodoItem> todo, int count, String key, java.time.Instant now) {
		if (count > 0) {
			todo.add(new TodoItem("secrecy", key, String.valueOf(count), "/secrecy/work", now, null));
		}
	}

	private record RoleGrantView(Role role, UUID unitId) {
	}

	private static Set<RoleGrantView> grants() {
		return ChanceryUser.current().map(user -> user.roles().stream().filter(g -> g.unitId() != null).map(g -> new RoleGrantView(g.role(), g.unitId())).collect(Collectors.toSet())).orElse(Set.of());
	}

}

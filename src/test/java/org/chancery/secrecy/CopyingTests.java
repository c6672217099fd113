package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.AccountCommands.GrantDraft;
import org.chancery.identity.Role;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Copying needs the right leader's approval; copies keep the original's register and carry the copying unit. */
@ChanceryTest
class CopyingTests {

	@Autowired
	Copying copying;

	@Autowired
	ProtectedItems items;

	@Autowired
	Custody custody;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	<T> T as(String username, Supplier<T> action) {
		return SignInTestsAccess.asUser(accounts, username, action);
	}

	UUID person(String staffNumber) {
		return organization.personByStaffNumber(staffNumber).orElseThrow().id();
	}

	@Test
	void secretItemsAreCopiedWithTheRequestingUnitsLeaderApproval() {
		UUID dys = organization.unitByCode("DYS").orElseThrow().id();
		// the leader also leads the Research Department, for this test
		var leader = SignInTestsAccess.account(accounts, "leader");
		if (!leader.roles().contains(new org.chancery.identity.RoleGrant(Role.LEADER, dys))) {
			SignInTestsAccess.asAdmin(() -> accounts.grant(leader.id(), new GrantDraft(Role.LEADER, dys)));
		}
		UUID item = UUID.randomUUID();
		as("drafter", () -> items.propose("test-item", item, new ProtectedItems.Proposal("机密★5年", LocalDate.now(), "BGT", false, dys, null,
				Set.of(person("D0004"), person("D0001")), Set.of())));
		as("confclerk", () -> custody.issue(item, new Custody.CopyRequest(1)));
		CopyingRequest request = as("drafter", () -> copying.request(item, new Copying.Request(CopyingRequest.Kind.COPY, 2, "供调研组学习")));
		// someone outside the scope cannot even ask
		assertThatThrownBy(() -> as("clerk", () -> copying.request(item, new Copying.Request(CopyingRequest.Kind.COPY, 1, "x"))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("drafter", () -> copying.decide(request.id(), true, new Copying.Decision("自批"))))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("copying.unitLeaderDecides");
		assertThatThrownBy(() -> as("confclerk", () -> copying.produce(request.id()))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("copying.notApproved");
		as("leader", () -> copying.decide(request.id(), true, new Copying.Decision("同意复制两份")));
		List<CarrierCopy> made = as("confclerk", () -> copying.produce(request.id()));
		assertThat(made).extracting(CarrierCopy::label).containsExactly("000002", "000003");
		assertThat(made).allSatisfy(c -> {
			assertThat(c.holder()).isEqualTo(SignInTestsAccess.account(accounts, "drafter").id());
			assertThat(c.holderNote()).isEqualTo("复制：调研室");
			assertThat(c.copyingId()).isEqualTo(request.id());
		});
		assertThatThrownBy(() -> as("confclerk", () -> copying.produce(request.id()))).isInstanceOf(DomainException.class);
	}

	@Test
	void topSecretItemsNeedTheIssuingUnitsLeader() {
		UUID bgt = organization.unitByCode("BGT").orElseThrow().id();
		UUID item = UUID.randomUUID();
		as("leader", () -> items.propose("test-item", item, new ProtectedItems.Proposal("绝密★10年", LocalDate.now(), "BGT", false, bgt, null,
				Set.of(person("D0001"), person("D0006")), Set.of())));
		CopyingRequest request = as("confclerk", () -> copying.request(item, new Copying.Request(CopyingRequest.Kind.EXTRACT, 1, "摘抄要点")));
		assertThat(as("leader", () -> copying.pending())).extracting(CopyingRequest::id).contains(request.id());
		assertThat(as("leader", () -> copying.decide(request.id(), false, new Copying.Decision("不予复制"))).state())
			.isEqualTo(CopyingRequest.State.REFUSED);
		assertThatThrownBy(() -> as("confclerk", () -> copying.produce(request.id()))).isInstanceOf(DomainException.class);
	}
}

package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.ProtectedItems.Proposal;
import org.chancery.secrecy.ProtectedItems.ReaderApproval;
import org.chancery.secrecy.ProtectedItems.Remarking;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.chancery.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The register of protected items: propose, approve, read with disclosure, scope approvals, changes, declassification. */
@ChanceryTest
class ProtectedItemsTests {

	@Autowired
	ProtectedItems items;

	@Autowired
	Clearances clearances;

	@Autowired
	AccessPolicy policy;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	@Autowired
	EntityManager entities;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	UUID dys;
	UUID bgt;
	UUID drafterPerson;

	@BeforeEach
	void officers() {
		dys = organization.unitByCode("DYS").orElseThrow().id();
		bgt = organization.unitByCode("BGT").orElseThrow().id();
		drafterPerson = organization.personByStaffNumber("D0004").orElseThrow().id();
		// the director (机密) is classification officer of the Research Department; the leader (绝密) of the General Office
		as("secadmin", () -> {
			if (clearances.officers().stream().noneMatch(o -> o.unitId().equals(dys))) {
				clearances.appoint(new Clearances.OfficerDraft(dys, account("director"), Level.SECRET));
			}
			if (clearances.officers().stream().noneMatch(o -> o.unitId().equals(bgt))) {
				clearances.appoint(new Clearances.OfficerDraft(bgt, account("leader"), Level.TOP_SECRET));
			}
			return null;
		});
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	UUID account(String username) {
		return SignInTestsAccess.asSecurityAdmin(() -> directoryLookup(username));
	}

	@Autowired
	org.chancery.identity.AccountDirectory directory;

	private UUID directoryLookup(String username) {
		return directory.search(username, org.springframework.data.domain.PageRequest.of(0, 10)).stream()
			.filter(e -> e.username().equals(username)).findFirst().orElseThrow().accountId();
	}

	<T> T as(String username, Supplier<T> action) {
		if ("secadmin".equals(username)) {
			return SignInTestsAccess.asSecurityAdmin(action);
		}
		return SignInTestsAccess.asUser(accounts, username, action);
	}

	ProtectedItem propose(String marking, UUID unit, Set<UUID> persons, Set<UUID> units) {
		UUID id = UUID.randomUUID();
		return as("drafter", () -> items.propose("test-item", id, new Proposal(marking, LocalDate.now(clock), "中共中央办公厅", false, unit, null,
				persons, units)));
	}

	@Test
	void theHandlerProposesAndAnOfficerOfTheUnitApproves() {
		ProtectedItem item = propose("机密★5年", dys, Set.of(drafterPerson), Set.of());
		assertThat(item.state()).isEqualTo(ProtectedItem.State.PROPOSED);
		// the handler may read the item but is no officer; a clerk without clearance is told nothing exists
		assertThatThrownBy(() -> as("drafter", () -> items.approve(item.id()))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("item.notOfficer");
		assertThatThrownBy(() -> as("clerk", () -> items.approve(item.id()))).isInstanceOf(NotFoundException.class);
		assertThat(as("director", () -> items.approve(item.id())).state()).isEqualTo(ProtectedItem.State.CLASSIFIED);
		assertThat(as("secadmin", () -> items.history(item.id()))).extracting(MarkingRecord::marking).containsExactly("机密★5年", "机密★5年");
	}

	@Test
	void nobodyMarksAboveTheirClearanceAndSecretItemsNeedAScope() {
		assertThatThrownBy(() -> propose("绝密★10年", dys, Set.of(drafterPerson), Set.of())).isInstanceOf(FieldException.class)
			.extracting(e -> ((FieldException) e).messageKey()).isEqualTo("item.aboveOwnClearance");
		assertThatThrownBy(() -> propose("机密★5年", dys, Set.of(), Set.of())).isInstanceOf(FieldException.class)
			.extracting(e -> ((FieldException) e).messageKey()).isEqualTo("item.scopeRequired");
		assertThatThrownBy(() -> propose("机密★25年", dys, Set.of(drafterPerson), Set.of())).isInstanceOf(FieldException.class)
			.extracting(e -> ((FieldException) e).messageKey()).isEqualTo("marking.aboveMaximum");
	}

	@Test
	void aReaderOutsideTheScopeGetsTheSameAnswerAsForNothingAndReadsAreDisclosed() {
		ProtectedItem item = propose("机密★5年", dys, Set.of(drafterPerson), Set.of());
		as("drafter", () -> {
			items.requireReadable(item.id());
			items.requireReadable(item.id());
			return null;
		});
		NotFoundException denied = catchNotFound(() -> as("clerk", () -> {
			items.requireReadable(item.id());
			return null;
		}));
		// what the owning module answers for an item that does not exist
		NotFoundException missing = new NotFoundException();
		assertThat(denied.messageKey()).isEqualTo(missing.messageKey());
		assertThat(denied.getMessage()).isEqualTo(missing.getMessage());
		// the leader is cleared to 绝密 but outside the scope: still nothing
		catchNotFound(() -> as("leader", () -> {
			items.requireReadable(item.id());
			return null;
		}));
		var disclosures = as("secadmin", () -> items.disclosures(item.id()));
		assertThat(disclosures).hasSize(1);
		assertThat(disclosures.getFirst().accountId()).isEqualTo(account("drafter"));
		assertThat(disclosures.getFirst().reads()).isEqualTo(2);
	}

	@Test
	void theResponsibleLeaderAdmitsAReaderFromOutsideTheScope() {
		ProtectedItem item = as("leader", () -> items.propose("test-item", UUID.randomUUID(), new Proposal("机密★3年", LocalDate.now(clock),
				"中共中央办公厅", false, bgt, null, Set.of(organization.personByStaffNumber("D0001").orElseThrow().id()), Set.of())));
		UUID archivistPerson = organization.personByStaffNumber("D0008").orElseThrow().id();
		catchNotFound(() -> as("archivist", () -> {
			items.requireReadable(item.id());
			return null;
		}));
		assertThatThrownBy(() -> as("director", () -> items.approveReader(item.id(), new ReaderApproval(archivistPerson, "立卷归档"))))
			.isInstanceOf(NotFoundException.class);
		as("leader", () -> items.approveReader(item.id(), new ReaderApproval(archivistPerson, "立卷归档")));
		as("archivist", () -> {
			items.requireReadable(item.id());
			return null;
		});
		assertThat(as("secadmin", () -> items.scope(item.id()))).anySatisfy(s -> {
			assertThat(s.personId()).isEqualTo(archivistPerson);
			assertThat(s.reason()).isEqualTo("立卷归档");
		});
	}

	@Test
	void periodsEndByThemselvesAndCannotBeExtendedAfterwards() {
		ProtectedItem shortOne = propose("秘密★6个月", dys, Set.of(), Set.of(dys));
		ProtectedItem other = propose("秘密★1年", dys, Set.of(), Set.of(dys));
		as("director", () -> items.approve(other.id()));
		// before expiry an officer may extend, and the old marking is kept as cancelled
		as("director", () -> items.remark(other.id(), new Remarking("秘密★2年", false, "需继续保密")));
		// everyone in the scope (here: the people of the Research Department) is told in writing
		var notice = as("drafter", () -> items.myNotices()).stream().filter(n -> n.itemId().equals(other.id())).findFirst().orElseThrow();
		assertThat(notice.oldMarking()).isEqualTo("秘密★1年");
		assertThat(notice.newMarking()).isEqualTo("秘密★2年");
		as("drafter", () -> {
			items.acknowledge(notice.id());
			return null;
		});
		assertThat(as("drafter", () -> items.myNotices())).noneMatch(n -> n.id().equals(notice.id()));
		assertThatThrownBy(() -> as("clerk", () -> {
			items.acknowledge(notice.id());
			return null;
		})).isInstanceOf(NotFoundException.class);
		clock.advance(Duration.ofDays(7 * 31));
		assertThat(items.declassifyDue()).isGreaterThanOrEqualTo(1);
		assertThat(items.find(shortOne.id()).orElseThrow().state()).isEqualTo(ProtectedItem.State.DECLASSIFIED);
		assertThat(as("secadmin", () -> items.history(shortOne.id()))).last().extracting(MarkingRecord::marking).isEqualTo("解密");
		assertThat(as("drafter", () -> items.myNotices())).anyMatch(n -> n.itemId().equals(shortOne.id()) && n.newMarking().equals("解密"));
		// declassified: open to everyone signed in, also without clearance
		as("accountant", () -> {
			items.requireReadable(shortOne.id());
			return null;
		});
		assertThat(items.find(other.id()).orElseThrow().state()).isEqualTo(ProtectedItem.State.CLASSIFIED);
		clock.advance(Duration.ofDays(365 * 2));
		assertThatThrownBy(() -> as("director", () -> items.remark(other.id(), new Remarking("秘密★5年", false, "再延长"))))
			.isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).messageKey()).isEqualTo("item.extensionAfterExpiry");
		assertThat(as("secadmin", () -> items.history(other.id()))).extracting(MarkingRecord::marking)
			.containsExactly("秘密★1年", "秘密★1年", "秘密★2年");
	}

	@Test
	void listsFilterInTheDatabaseExactlyAsThePolicyDecides() {
		List<UUID> ids = new ArrayList<>();
		String[][] markings = { { "", "" }, { "秘密★10年", "" }, { "秘密★10年", "unit" }, { "机密★5年", "person" }, { "机密★5年", "unit" },
				{ "秘密★1年", "other" } };
		for (String[] m : markings) {
			Set<UUID> persons = m[1].equals("person") ? Set.of(drafterPerson) : Set.of();
			Set<UUID> units = m[1].equals("unit") ? Set.of(dys) : m[1].equals("other") ? Set.of(bgt) : Set.of();
			ids.add(m[0].isEmpty() ? UUID.randomUUID() : propose(m[0], dys, persons, units).id());
		}
		for (String reader : new String[] { "drafter", "clerk", "leader", "accountant", "director" }) {
			Set<UUID> expected = as(reader, () -> {
				Set<UUID> ok = new HashSet<>();
				for (UUID id : ids) {
					if (AccessPolicy.mayRead(policy.currentSubject(), items.protectionOf(id))) {
						ok.add(id);
					}
				}
				return ok;
			});
			Set<UUID> fromQuery = as(reader, () -> {
				var cb = entities.getCriteriaBuilder();
				var query = cb.createQuery(UUID.class);
				var root = query.from(ProtectedItem.class);
				query.select(root.get("id")).where(root.get("id").in(ids), ProtectedItems.readable(root.get("id"), query, cb, policy.currentSubject()));
				return new HashSet<>(entities.createQuery(query).getResultList());
			});
			expected.remove(ids.getFirst());
			assertThat(fromQuery).as(reader).isEqualTo(expected);
		}
	}

	@Test
	void theSecurityAdministratorSeesTheRegisterAndWhoCameToKnowAnItem() throws Exception {
		ProtectedItem item = propose("机密★5年", dys, Set.of(drafterPerson), Set.of());
		as("drafter", () -> {
			items.requireReadable(item.id());
			return null;
		});
		MockHttpSession secadmin = Sessions.shared(mvc, "secadmin");
		mvc.perform(get("/api/v1/protected-items/" + item.id() + "/disclosures").session(secadmin)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reads").value(1));
		mvc.perform(get("/api/v1/protected-items/" + item.id() + "/history").session(secadmin)).andExpect(jsonPath("$[0].current").value(true));
		String page = mvc.perform(get("/secrecy/items/" + item.id()).session(secadmin).param("lang", "zh-CN")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("机密★5年").contains("陈思远");
		mvc.perform(get("/secrecy/items").session(secadmin)).andExpect(status().isOk());
		MockHttpSession clerk = Sessions.shared(mvc, "clerk");
		mvc.perform(get("/api/v1/protected-items/" + item.id() + "/disclosures").session(clerk)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/protected-items/" + item.id() + "/approve").session(clerk).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/protected-items/" + UUID.randomUUID() + "/approve").session(clerk).with(csrf())).andExpect(status().isNotFound());
		// a malformed request about an item one may not see still says only that it does not exist
		mvc.perform(post("/api/v1/protected-items/" + item.id() + "/remark").session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"marking\":\"机秘★5年\",\"reason\":\"x\"}")).andExpect(status().isNotFound());
	}

	private static NotFoundException catchNotFound(Runnable action) {
		try {
			action.run();
		}
		catch (NotFoundException e) {
			return e;
		}
		throw new AssertionError("expected the answer for an item that does not exist");
	}
}

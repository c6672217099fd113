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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.AccountDirectory;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.DomainException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.Custody.CopyRequest;
import org.chancery.secrecy.Custody.DestructionRequest;
import org.chancery.secrecy.Custody.ManifestDraft;
import org.chancery.secrecy.Custody.RecallRequest;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.chancery.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Numbered copies, confidential transport, recall and two-person destruction. */
@ChanceryTest
class CustodyTests {

	@Autowired
	Custody custody;

	@Autowired
	ProtectedItems items;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Organization organization;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	UUID item;

	@BeforeEach
	void classifiedItem() {
		UUID dys = organization.unitByCode("DYS").orElseThrow().id();
		UUID drafter = organization.personByStaffNumber("D0004").orElseThrow().id();
		item = UUID.randomUUID();
		as("drafter", () -> items.propose("test-item", item, new ProtectedItems.Proposal("机密★5年", LocalDate.now(clock), "BGT", false, dys, null,
				Set.of(drafter), Set.of())));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	<T> T as(String username, Supplier<T> action) {
		return SignInTestsAccess.asUser(accounts, username, action);
	}

	UUID account(String username) {
		return SignInTestsAccess.asSecurityAdmin(() -> directory.search(username, PageRequest.of(0, 10)).stream()
			.filter(e -> e.username().equals(username)).findFirst().orElseThrow().accountId());
	}

	@Test
	void copiesAreNumberedAndTravelWithConfirmedHandovers() {
		List<CarrierCopy> copies = as("confclerk", () -> custody.issue(item, new CopyRequest(3)));
		assertThat(copies).extracting(CarrierCopy::label).containsExactly("000001", "000002", "000003");
		assertThat(as("confclerk", () -> custody.issue(item, new CopyRequest(1))).getFirst().label()).isEqualTo("000004");
		UUID courier = account("organizer");
		UUID recipient = account("director");
		Manifest manifest = as("confclerk", () -> custody.assemble(new ManifestDraft(courier, recipient, "秘书局",
				List.of(copies.get(0).id(), copies.get(1).id()))));
		// only the courier confirms taking them, only the recipient confirms delivery
		assertThatThrownBy(() -> as("director", () -> custody.courierTakes(manifest.id()))).isInstanceOf(org.chancery.kernel.NotFoundException.class);
		as("organizer", () -> custody.courierTakes(manifest.id()));
		as("director", () -> custody.delivered(manifest.id()));
		CarrierCopy signed = as("director", () -> custody.signFor(manifest.id(), copies.get(0).id()));
		assertThat(signed.state()).isEqualTo(CarrierCopy.State.RECEIVED);
		assertThat(signed.holder()).isEqualTo(recipient);
		assertThat(as("confclerk", () -> custody.lines(manifest.id()))).filteredOn(l -> l.signedAt() != null).hasSize(1);
		assertThat(as("confclerk", () -> custody.dashboard()).brokenChains()).noneMatch(m -> m.id().equals(manifest.id()));
		// classified carriers go only to people cleared for them
		assertThatThrownBy(() -> as("confclerk", () -> custody.assemble(new ManifestDraft(courier, account("accountant"), "特别会计室",
				List.of(copies.get(2).id()))))).isInstanceOf(org.chancery.kernel.FieldException.class)
			.extracting(e -> ((org.chancery.kernel.FieldException) e).field()).isEqualTo("recipientId");
		// copies already on their way cannot be sent again
		assertThatThrownBy(() -> as("confclerk", () -> custody.assemble(new ManifestDraft(courier, recipient, "again", List.of(copies.get(1).id())))))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void aDeliveryTheCourierNeverConfirmedShowsOnTheDashboard() {
		List<CarrierCopy> copies = as("confclerk", () -> custody.issue(item, new CopyRequest(2)));
		Manifest broken = as("confclerk", () -> custody.assemble(new ManifestDraft(account("organizer"), account("director"), "调研室",
				List.of(copies.get(0).id()))));
		as("director", () -> custody.delivered(broken.id()));
		Manifest waiting = as("confclerk", () -> custody.assemble(new ManifestDraft(account("organizer"), account("director"), "法规局",
				List.of(copies.get(1).id()))));
		assertThat(as("confclerk", () -> custody.dashboard()).brokenChains()).extracting(Manifest::id).contains(broken.id());
		assertThat(as("confclerk", () -> custody.dashboard()).unconfirmed()).extracting(Manifest::id).doesNotContain(waiting.id());
		clock.advance(Duration.ofHours(25));
		assertThat(as("confclerk", () -> custody.dashboard()).unconfirmed()).extracting(Manifest::id).contains(waiting.id());
	}

	@Test
	void recalledCopiesAreOverdueUntilReturned() {
		CarrierCopy copy = as("confclerk", () -> custody.issue(item, new CopyRequest(1))).getFirst();
		Manifest manifest = as("confclerk", () -> custody.assemble(new ManifestDraft(account("organizer"), account("director"), "秘书局",
				List.of(copy.id()))));
		as("organizer", () -> custody.courierTakes(manifest.id()));
		as("director", () -> custody.delivered(manifest.id()));
		as("director", () -> custody.signFor(manifest.id(), copy.id()));
		as("confclerk", () -> custody.recall(copy.id(), new RecallRequest(LocalDate.now(clock).plusDays(1))));
		clock.advance(Duration.ofDays(2));
		assertThat(as("confclerk", () -> custody.dashboard()).overdue()).extracting(CarrierCopy::id).contains(copy.id());
		assertThat(as("confclerk", () -> custody.returned(copy.id())).state()).isEqualTo(CarrierCopy.State.RETURNED);
		assertThat(as("confclerk", () -> custody.dashboard()).overdue()).extracting(CarrierCopy::id).doesNotContain(copy.id());
	}

	@Test
	void destructionNeedsTwoOtherPeople() {
		CarrierCopy copy = as("confclerk", () -> custody.issue(item, new CopyRequest(1))).getFirst();
		Destruction d = as("confclerk", () -> custody.requestDestruction(copy.id(), new DestructionRequest("粉碎", "保密销毁中心")));
		assertThatThrownBy(() -> as("confclerk", () -> custody.approveDestruction(d.id()))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("supervisor", () -> custody.witnessDestruction(d.id()))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("destruction.notApproved");
		as("leader", () -> custody.approveDestruction(d.id()));
		assertThatThrownBy(() -> as("leader", () -> custody.witnessDestruction(d.id()))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("destruction.samePerson");
		assertThatThrownBy(() -> as("confclerk", () -> custody.witnessDestruction(d.id()))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("destruction.samePerson");
		as("supervisor", () -> custody.witnessDestruction(d.id()));
		assertThat(as("confclerk", () -> custody.copiesOf(item))).filteredOn(c -> c.id().equals(copy.id()))
			.extracting(CarrierCopy::state).containsExactly(CarrierCopy.State.DESTROYED);
	}

	@Test
	void theClerkDoesEverythingFromTheCopyRegisterPage() throws Exception {
		MockHttpSession clerk = Sessions.signIn(mvc, "confclerk");
		String register = "/custody/items/" + item;
		mvc.perform(post(register + "/copies").session(clerk).with(csrf()).param("count", "2"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(register));
		mvc.perform(post(register + "/copies").session(clerk).with(csrf()).param("count", "0"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError", "custody.countRange"));
		List<CarrierCopy> copies = as("confclerk", () -> custody.copiesOf(item));
		assertThat(copies).hasSize(2);
		mvc.perform(post(register + "/manifests").session(clerk).with(csrf()).param("copyIds", copies.getFirst().id().toString())
			.param("courierId", account("organizer").toString()).param("recipientId", account("accountant").toString()).param("destination", "特别会计室"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError", "manifest.recipientNotCleared"));
		mvc.perform(post(register + "/manifests").session(clerk).with(csrf()).param("copyIds", copies.getFirst().id().toString())
			.param("courierId", account("organizer").toString()).param("recipientId", account("director").toString()).param("destination", "秘书局"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flash", "custody.assembled"));
		mvc.perform(post(register + "/copies/" + copies.get(1).id() + "/destruction").session(clerk).with(csrf()).param("method", "")
			.param("place", "x")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "custody.destructionIncomplete"));
		mvc.perform(post(register + "/copies/" + copies.get(1).id() + "/destruction").session(clerk).with(csrf()).param("method", "粉碎")
			.param("place", "销毁中心")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flash", "custody.destructionRequested"));
		String page = mvc.perform(get(register).session(clerk).param("lang", "zh-CN")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("000001").contains("传递中").contains("000002");
	}

	@Test
	void theClerkWorksThroughTheApiAndSeesTheDashboard() throws Exception {
		MockHttpSession clerk = Sessions.signIn(mvc, "confclerk");
		mvc.perform(post("/api/v1/protected-items/" + item + "/copies").session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"count\":2}")).andExpect(status().isCreated()).andExpect(jsonPath("$[1].number").value("000002"));
		mvc.perform(post("/api/v1/protected-items/" + item + "/copies").session(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"count\":0}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/protected-items/" + UUID.randomUUID() + "/copies").session(clerk).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"count\":1}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/custody/dashboard").session(clerk)).andExpect(status().isOk());
		mvc.perform(get("/custody").session(clerk).param("lang", "zh-CN")).andExpect(status().isOk());
		mvc.perform(get("/custody/items/" + item).session(clerk)).andExpect(status().isOk());
		MockHttpSession drafter = Sessions.shared(mvc, "drafter");
		mvc.perform(post("/api/v1/protected-items/" + item + "/copies").session(drafter).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"count\":1}")).andExpect(status().isForbidden());
	}
}

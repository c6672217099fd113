package org.chancery.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.chancery.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Everyone's secrecy work, from the to-do list to the button that does it. */
@ChanceryTest
class SecrecyWorkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProtectedItems items;

	@Autowired
	Clearances clearances;

	@Autowired
	Custody custody;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	@Test
	void anOfficerApprovesFromTheWorkPageAndCouriersConfirmThere() throws Exception {
		UUID tks = organization.unitByCode("TKS").orElseThrow().id();
		UUID archivist = SignInTestsAccess.account(accounts, "archivist").id();
		SignInTestsAccess.asSecurityAdmin(() -> {
			if (clearances.officers().stream().noneMatch(o -> o.unitId().equals(tks) && o.accountId().equals(archivist))) {
				clearances.appoint(new Clearances.OfficerDraft(tks, archivist, Level.SECRET));
			}
			return null;
		});
		UUID item = UUID.randomUUID();
		SignInTestsAccess.asUser(accounts, "drafter", () -> items.propose("test-item", item, new ProtectedItems.Proposal("秘密★3年",
				LocalDate.now(), "BGT", false, tks, null, Set.of(), Set.of(tks))));
		MockHttpSession officer = Sessions.signIn(mvc, "archivist");
		String home = mvc.perform(get("/").session(officer).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("Markings to approve:").contains("/secrecy/work");
		String page = mvc.perform(get("/secrecy/work").session(officer).param("lang", "zh-CN")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("秘密★3年").contains("/secrecy/work/items/" + item + "/approve");
		mvc.perform(post("/secrecy/work/items/" + item + "/approve").session(officer).with(csrf())).andExpect(redirectedUrl("/secrecy/work"));
		assertThat(items.find(item).orElseThrow().state()).isEqualTo(ProtectedItem.State.CLASSIFIED);

		List<CarrierCopy> copies = SignInTestsAccess.asUser(accounts, "confclerk", () -> custody.issue(item, new Custody.CopyRequest(1)));
		Manifest manifest = SignInTestsAccess.asUser(accounts, "confclerk", () -> custody.assemble(new Custody.ManifestDraft(
				SignInTestsAccess.account(accounts, "organizer").id(), SignInTestsAccess.account(accounts, "supervisor").id(), "督促检查室",
				List.of(copies.getFirst().id()))));
		MockHttpSession courier = Sessions.signIn(mvc, "organizer");
		assertThat(mvc.perform(get("/secrecy/work").session(courier)).andReturn().getResponse().getContentAsString())
			.contains("/secrecy/work/manifests/" + manifest.id() + "/courier");
		mvc.perform(post("/secrecy/work/manifests/" + manifest.id() + "/courier").session(courier).with(csrf()))
			.andExpect(redirectedUrl("/secrecy/work"));
		MockHttpSession recipient = Sessions.signIn(mvc, "supervisor");
		mvc.perform(post("/secrecy/work/manifests/" + manifest.id() + "/delivery").session(recipient).with(csrf()))
			.andExpect(redirectedUrl("/secrecy/work"));
		mvc.perform(post("/secrecy/work/manifests/" + manifest.id() + "/copies/" + copies.getFirst().id() + "/sign").session(recipient)
			.with(csrf())).andExpect(redirectedUrl("/secrecy/work"));
		assertThat(SignInTestsAccess.asUser(accounts, "confclerk", () -> custody.copiesOf(item)).getFirst().state())
			.isEqualTo(CarrierCopy.State.RECEIVED);
		// someone else's manifest is nothing to the courier's colleague
		mvc.perform(post("/secrecy/work/manifests/" + manifest.id() + "/courier").session(recipient).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void officersLeadersAndReadersActFromTheItemPage() throws Exception {
		UUID bgt = organization.unitByCode("BGT").orElseThrow().id();
		UUID leaderAccount = SignInTestsAccess.account(accounts, "leader").id();
		SignInTestsAccess.asSecurityAdmin(() -> {
			if (clearances.officers().stream().noneMatch(o -> o.unitId().equals(bgt) && o.accountId().equals(leaderAccount))) {
				clearances.appoint(new Clearances.OfficerDraft(bgt, leaderAccount, Level.TOP_SECRET));
			}
			return null;
		});
		UUID item = UUID.randomUUID();
		UUID leaderPerson = organization.personByStaffNumber("D0001").orElseThrow().id();
		SignInTestsAccess.asUser(accounts, "leader", () -> items.propose("test-item", item, new ProtectedItems.Proposal("机密★5年",
				LocalDate.now(), "BGT", false, bgt, null, Set.of(leaderPerson), Set.of())));
		MockHttpSession leader = Sessions.signIn(mvc, "leader");
		String page = mvc.perform(get("/secrecy/work/items/" + item).session(leader).param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("remark-form").contains("reader-form").contains("copying-form");
		mvc.perform(post("/secrecy/work/items/" + item + "/remark").session(leader).with(csrf()).param("marking", "机密★8年").param("reason", "需延长"))
			.andExpect(redirectedUrl("/secrecy/work/items/" + item));
		assertThat(items.find(item).orElseThrow().markingText()).isEqualTo("机密★8年");
		UUID archivistPerson = organization.personByStaffNumber("D0008").orElseThrow().id();
		mvc.perform(post("/secrecy/work/items/" + item + "/readers").session(leader).with(csrf()).param("personId", archivistPerson.toString())
			.param("reason", "归档")).andExpect(redirectedUrl("/secrecy/work/items/" + item));
		MockHttpSession archivist = Sessions.signIn(mvc, "archivist");
		mvc.perform(get("/secrecy/work/items/" + item).session(archivist)).andExpect(status().isOk());
		mvc.perform(post("/secrecy/work/items/" + item + "/copying").session(archivist).with(csrf()).param("kind", "EXTRACT").param("count", "1")
			.param("reason", "编目")).andExpect(redirectedUrl("/secrecy/work/items/" + item));
		MockHttpSession stranger = Sessions.signIn(mvc, "clerk");
		mvc.perform(get("/secrecy/work/items/" + item).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/secrecy/work/items/" + UUID.randomUUID()).session(stranger)).andExpect(status().isNotFound());
	}
}

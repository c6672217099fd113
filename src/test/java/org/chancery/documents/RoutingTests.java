package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the outgoing route (RULES.md §1.4), driven through the services as the people on it. */
@ChanceryTest
class RoutingTests {

	@Autowired
	Drafting drafting;

	@Autowired
	Routing routing;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	<T> T as(String username, Supplier<T> action) {
		return SignInTestsAccess.asUser(accounts, username, action);
	}

	UUID unit(String code) {
		return organization.unitByCode(code).orElseThrow().id();
	}

	UUID person(String staffNumber) {
		return organization.personByStaffNumber(staffNumber).orElseThrow().id();
	}

	/** A notice from the Research Department to the Secretariat, countersigned by it, signed by the director of the office. */
	Drafting.Draft notice(List<UUID> countersign, List<UUID> signers) {
		return new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "中共中央办公厅调研室关于做好年度调研工作的通知", Urgency.URGENT,
				null, false, null, "一、总体要求\n各单位要高度重视。\n二、工作安排\n（一）时间安排\n1. 十二月底前完成。", null, null,
				List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))), List.of(), countersign, signers, null);
	}

	OutgoingDocument state(UUID id) {
		return as("drafter", () -> drafting.document(id));
	}

	@Test
	void straightThroughFromDraftToPrinting() {
		OutgoingDocument doc = as("drafter", () -> drafting.create(notice(List.of(unit("MSJ")), List.of(person("D0001")))));
		assertThat(doc.state()).isEqualTo(OutgoingDocument.State.DRAFT);
		assertThat(doc.organMark()).isEqualTo("中共中央办公厅调研室文件");
		as("drafter", () -> routing.submit(doc.id()));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.COUNTERSIGN);
		// the step is the Secretariat's head's, not the clerk's
		assertThatThrownBy(() -> as("clerk", () -> routing.countersign(doc.id(), new Routing.Countersign(true, null))))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("document.notYourStep");
		as("director", () -> routing.countersign(doc.id(), new Routing.Countersign(true, "同意")));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.REVIEW);
		as("director", () -> routing.review(doc.id(), new Routing.Review(true, "请王主任审签", null)));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.SIGN_OFF);
		as("leader", () -> routing.signOff(doc.id(), new Routing.SignOff(true, "同意")));
		OutgoingDocument signed = state(doc.id());
		assertThat(signed.state()).isEqualTo(OutgoingDocument.State.RECHECK);
		assertThat(signed.writtenOn()).isEqualTo(LocalDate.now());
		as("director", () -> routing.recheck(doc.id(), new Routing.Recheck("核对无误")));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.REGISTRATION);
		OutgoingDocument registered = as("clerk", () -> routing.register(doc.id(), new Routing.Registration(5)));
		assertThat(registered.referenceNumber()).matches(ReferenceNumber.PATTERN.pattern()).startsWith("中办调发〔" + LocalDate.now().getYear() + "〕");
		assertThat(registered.state()).isEqualTo(OutgoingDocument.State.PRINTING);
		as("clerk", () -> routing.print(doc.id()));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.DISPATCH);
		assertThat(as("drafter", () -> drafting.timeline(doc.id()))).extracting(DocumentStep::action).containsExactly(
				DocumentStep.Action.CREATED, DocumentStep.Action.SUBMITTED, DocumentStep.Action.AGREED, DocumentStep.Action.SENT_FOR_SIGNATURE,
				DocumentStep.Action.SIGNED, DocumentStep.Action.RECHECKED, DocumentStep.Action.REGISTERED, DocumentStep.Action.PRINTED);
		// someone off the route does not see it at all
		assertThatThrownBy(() -> as("accountant", () -> drafting.document(doc.id()))).isInstanceOf(NotFoundException.class);
	}
}

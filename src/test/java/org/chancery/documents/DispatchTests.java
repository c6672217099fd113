package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Dispatch: one delivery per recipient, receipts inside Chancery and on the dispatch list, chasing, classified copies by manifest. */
@ChanceryTest
@RecordApplicationEvents
class DispatchTests {

	@Autowired
	Drafting drafting;

	@Autowired
	Routing routing;

	@Autowired
	Dispatching dispatching;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.chancery.secrecy.Custody custody;

	<T> T as(String username, Supplier<T> action) {
		return SignInTestsAccess.asUser(accounts, username, action);
	}

	UUID unit(String code) {
		return organization.unitByCode(code).orElseThrow().id();
	}

	UUID organ(String code) {
		return organization.externalOrgans().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
	}

	UUID person(String staffNumber) {
		return organization.personByStaffNumber(staffNumber).orElseThrow().id();
	}

	/** Drafts, routes and prints a notice to the Secretariat, copied to the Ministry of Finance; returns it at dispatch. */
	OutgoingDocument atDispatch(String marking, String clerk) {
		Drafting.Draft draft = new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "中共中央办公厅调研室关于报送调研材料的通知", null,
				marking, false, null, "请于月底前报送。", null, null, List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))),
				List.of(new Addressee(Party.Kind.EXTERNAL, organ("CZB"))), List.of(), List.of(person("D0001")), null, null, null);
		OutgoingDocument doc = RouteToPrinting.printed(drafting, routing, accounts, draft, clerk, 3);
		return doc;
	}

	@Test
	void eachRecipientGetsADeliveryAndEveryReceiptIsRecorded() {
		OutgoingDocument doc = atDispatch(null, "clerk");
		List<Delivery> sent = as("clerk", () -> dispatching.dispatch(doc.id(), new Dispatching.DispatchRequest(null)));
		assertThat(sent).extracting(Delivery::recipientName, Delivery::channel, Delivery::state).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("秘书局", Delivery.Channel.INTERNAL, Delivery.State.SENT),
				org.assertj.core.groups.Tuple.tuple("财政部", Delivery.Channel.DISPATCH_LIST, Delivery.State.SENT));
		assertThat(events.stream(DocumentDispatched.class)).filteredOn(e -> e.documentId().equals(doc.id())).singleElement()
			.satisfies(e -> assertThat(e.internalUnits()).containsExactly(unit("MSJ")));
		assertThat(as("drafter", () -> drafting.document(doc.id())).state()).isEqualTo(OutgoingDocument.State.FILING);

		Delivery internal = sent.stream().filter(d -> d.kind() == Party.Kind.UNIT).findFirst().orElseThrow();
		Delivery external = sent.stream().filter(d -> d.kind() == Party.Kind.EXTERNAL).findFirst().orElseThrow();
		// the Secretariat's clerk signs for it inside Chancery; the drafter of another unit cannot
		assertThat(as("clerk", () -> dispatching.waitingForMe())).extracting(Delivery::id).contains(internal.id());
		assertThatThrownBy(() -> as("drafter", () -> dispatching.signFor(internal.id()))).isInstanceOf(org.chancery.kernel.NotFoundException.class);
		as("clerk", () -> dispatching.signFor(internal.id()));
		assertThatThrownBy(() -> as("clerk", () -> dispatching.signFor(internal.id()))).isInstanceOf(DomainException.class);

		// the external organ signed the dispatch list: the clerk records who and when, never in the future
		assertThatThrownBy(() -> as("clerk", () -> dispatching.recordReceipt(external.id(),
				new Dispatching.ExternalReceipt("张明", Instant.now().plus(Duration.ofHours(1)))))).isInstanceOf(FieldException.class);
		as("clerk", () -> dispatching.chase(external.id()));
		as("clerk", () -> dispatching.recordReceipt(external.id(), new Dispatching.ExternalReceipt("张明", Instant.now())));
		assertThat(as("drafter", () -> dispatching.deliveries(doc.id()))).allSatisfy(d -> assertThat(d.state()).isEqualTo(Delivery.State.RECEIVED))
			.filteredOn(d -> d.kind() == Party.Kind.EXTERNAL).singleElement().satisfies(d -> {
				assertThat(d.receivedBy()).isEqualTo("张明");
				assertThat(d.chaseCount()).isEqualTo(1);
			});
		as("clerk", () -> routing.file(doc.id()));
		assertThat(as("drafter", () -> drafting.document(doc.id())).state()).isEqualTo(OutgoingDocument.State.FILED);
		// once dispatched, the recipient unit's people see the document
		assertThat(as("organizer", () -> drafting.document(doc.id())).referenceNumber()).isNotNull();
	}

	@Test
	void classifiedDocumentsTravelAsNumberedCopiesOnManifests() {
		OutgoingDocument doc = atDispatch("机密★5年", "confclerk");
		assertThatThrownBy(() -> as("confclerk", () -> dispatching.dispatch(doc.id(), new Dispatching.DispatchRequest(null))))
			.isInstanceOf(FieldException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("dispatch.courierRequired");
		UUID courier = SignInTestsAccess.account(accounts, "archivist").id();
		List<Delivery> sent = as("confclerk", () -> dispatching.dispatch(doc.id(), new Dispatching.DispatchRequest(courier)));
		assertThat(sent).allSatisfy(d -> assertThat(d.channel()).isEqualTo(Delivery.Channel.CONFIDENTIAL));
		assertThat(sent).extracting(Delivery::copyLabel).containsExactlyInAnyOrder("000001", "000002");
		Delivery internal = sent.stream().filter(d -> d.kind() == Party.Kind.UNIT).findFirst().orElseThrow();
		assertThat(internal.manifestId()).isNotNull();
		// the copy to the Ministry of Finance is out by confidential transport; its receipt is recorded in the copy register too
		Delivery external = sent.stream().filter(d -> d.kind() == Party.Kind.EXTERNAL).findFirst().orElseThrow();
		assertThat(as("confclerk", () -> custody.copiesOf(doc.id()))).filteredOn(c -> c.id().equals(external.copyId())).singleElement()
			.satisfies(c -> {
				assertThat(c.state()).isEqualTo(org.chancery.secrecy.CarrierCopy.State.IN_TRANSIT);
				assertThat(c.holderNote()).isEqualTo("财政部");
			});
		as("confclerk", () -> dispatching.recordReceipt(external.id(), new Dispatching.ExternalReceipt("张明", Instant.now())));
		assertThat(as("confclerk", () -> custody.copiesOf(doc.id()))).filteredOn(c -> c.id().equals(external.copyId())).singleElement()
			.satisfies(c -> {
				assertThat(c.state()).isEqualTo(org.chancery.secrecy.CarrierCopy.State.RECEIVED);
				assertThat(c.holderNote()).startsWith("财政部：张明");
			});
		// the Secretariat's clerk holds only 秘密: the manifest goes to its director, who signs for the copy
		as("director", () -> dispatching.signFor(internal.id()));
		assertThat(as("drafter", () -> dispatching.deliveries(doc.id()))).filteredOn(d -> d.kind() == Party.Kind.UNIT).singleElement()
			.satisfies(d -> {
				assertThat(d.state()).isEqualTo(Delivery.State.RECEIVED);
				assertThat(d.receivedBy()).isEqualTo("赵文博");
			});
	}
}

package org.chancery.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Documents extends JpaRepository<OutgoingDocument, UUID>, JpaSpecificationExecutor<OutgoingDocument> {

	Optional<OutgoingDocument> findByProcessInstanceId(String processInstanceId);
}

interface Steps extends JpaRepository<DocumentStep, UUID> {

	List<DocumentStep> findByDocumentIdOrderByAtAscIdAsc(UUID documentId);
}

interface Versions extends JpaRepository<DocumentVersion, UUID> {

	List<DocumentVersion> findByDocumentIdOrderByNumberDesc(UUID documentId);

	Optional<DocumentVersion> findByDocumentIdAndNumber(UUID documentId, int number);
}

interface Templates extends JpaRepository<DocumentTemplate, UUID> {

	Optional<DocumentTemplate> findByTypeAndUnitId(DocumentType type, UUID unitId);

	List<DocumentTemplate> findAllByOrderByTypeAscReferenceCodeAsc();
}

interface Delegations extends JpaRepository<Delegation, UUID> {

	List<Delegation> findByDeputyId(UUID deputyId);

	List<Delegation> findByPrincipalId(UUID principalId);
}

interface Deliveries extends JpaRepository<Delivery, UUID> {

	List<Delivery> findByDocumentIdOrderByRoleAscRecipientNameAsc(UUID documentId);

	List<Delivery> findByRecipientIdInAndStateOrderBySentAtAsc(java.util.Collection<UUID> recipientIds, Delivery.State state);
}

interface Incoming extends JpaRepository<IncomingDocument, UUID>, JpaSpecificationExecutor<IncomingDocument> {

	Optional<IncomingDocument> findByDeliveryId(UUID deliveryId);
}

interface Instructions extends JpaRepository<Instruction, UUID> {

	List<Instruction> findByIncomingIdOrderByGivenAtAsc(UUID incomingId);
}

interface Assignments extends JpaRepository<Assignment, UUID> {

	List<Assignment> findByIncomingIdOrderByLeadDescUnitIdAsc(UUID incomingId);

	List<Assignment> findByUnitIdInAndState(java.util.Collection<UUID> unitIds, Assignment.State state);

	List<Assignment> findByState(Assignment.State state);
}

interface Circulations extends JpaRepository<Circulation, UUID> {

	List<Circulation> findByIncomingIdOrderByStartedAtAsc(UUID incomingId);

	@org.springframework.data.jpa.repository.Query("select distinct c from Circulation c join c.stops s where s.readerId = :reader and s.state = :state")
	List<Circulation> withReaderIn(UUID reader, CirculationStop.State state);

	List<Circulation> findByState(Circulation.State state);
}

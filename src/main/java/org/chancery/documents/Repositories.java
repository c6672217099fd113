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

/*M!999999\- enable the sandbox mode */ 

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
DROP TABLE IF EXISTS `__EFMigrationsHistory`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `__EFMigrationsHistory` (
  `MigrationId` varchar(150) NOT NULL,
  `ProductVersion` varchar(32) NOT NULL,
  PRIMARY KEY (`MigrationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `__EFMigrationsHistory` WRITE;
/*!40000 ALTER TABLE `__EFMigrationsHistory` DISABLE KEYS */;
INSERT INTO `__EFMigrationsHistory` VALUES
('20261123070446_Initial','9.0.23');
/*!40000 ALTER TABLE `__EFMigrationsHistory` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `application_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `application_history` (
  `ApplicationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Sequence` int(11) NOT NULL,
  `Status` varchar(20) NOT NULL,
  `At` datetime(6) NOT NULL,
  `By` varchar(200) NOT NULL,
  `Note` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`ApplicationId`,`Sequence`),
  CONSTRAINT `FK_application_history_applications_ApplicationId` FOREIGN KEY (`ApplicationId`) REFERENCES `applications` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `application_history` WRITE;
/*!40000 ALTER TABLE `application_history` DISABLE KEYS */;
INSERT INTO `application_history` VALUES
('01a233ae-c8df-7bfb-9350-daffdae207ce',1,'Submitted','2026-12-01 22:17:02.406470','ent8ff4212faca1454d (60b73096-235c-4034-9351-ac04551a39bb)',NULL),
('01a233ae-c8df-7bfb-9350-daffdae207ce',2,'Accepted','2026-12-01 22:17:02.764685','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)',NULL),
('01a233ae-c8df-7bfb-9350-daffdae207ce',3,'Approved','2026-12-01 22:17:02.839282','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)',NULL),
('01a233ae-c8df-7bfb-9350-daffdae207ce',4,'Disbursed','2026-12-01 22:17:02.893697','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)',NULL),
('01a233ae-cbe9-7a08-bc0a-f9c3bea94d87',1,'Submitted','2026-12-01 22:17:03.208499','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)',NULL),
('01a233ae-cbe9-7a08-bc0a-f9c3bea94d87',2,'Rejected','2026-12-01 22:17:03.226136','officerba6907c5d26141f6 (0be387a7-bcab-4df3-8f2e-a09e0496578e)','经营年限不足'),
('01a233ae-cc15-7e75-b8ff-d86d8b52d74c',1,'Submitted','2026-12-01 22:17:03.250061','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)',NULL),
('01a233ae-cc15-7e75-b8ff-d86d8b52d74c',2,'Withdrawn','2026-12-01 22:17:03.302441','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)',NULL),
('01a233ae-ccca-7d24-8592-25d0bd6b05af',1,'Submitted','2026-12-01 22:17:03.432463','ent8ff4212faca1454d (60b73096-235c-4034-9351-ac04551a39bb)',NULL),
('01a233ae-ccca-7d24-8592-25d0bd6b05af',2,'Accepted','2026-12-01 22:17:03.453991','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)',NULL),
('01a233ae-ccca-7d24-8592-25d0bd6b05af',3,'ApprovalPending','2026-12-01 22:17:03.475430','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','above the maker-checker threshold 300000.00: waits for a second officer'),
('01a233ae-ccfd-76ef-9ecb-5c0c3f6085cd',1,'Submitted','2026-12-01 22:17:03.484680','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)',NULL);
/*!40000 ALTER TABLE `application_history` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `applications`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `applications` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `EnterpriseId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `ProductId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `NeedId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `RequestedAmount` decimal(18,2) NOT NULL,
  `RequestedTermMonths` int(11) NOT NULL,
  `SubmittedByStationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Status` varchar(20) NOT NULL,
  `SubmittedAt` datetime(6) NOT NULL,
  `AcceptDueAt` datetime(6) NOT NULL,
  `AcceptedAt` datetime(6) DEFAULT NULL,
  `DecideDueAt` datetime(6) DEFAULT NULL,
  `DecidedAt` datetime(6) DEFAULT NULL,
  `ApprovedAmount` decimal(18,2) DEFAULT NULL,
  `ApprovedAnnualRate` decimal(9,4) DEFAULT NULL,
  `ApprovedTermMonths` int(11) DEFAULT NULL,
  `ApprovedRepaymentMethod` varchar(20) DEFAULT NULL,
  `ProposedBy` varchar(200) DEFAULT NULL,
  `RejectReason` varchar(500) DEFAULT NULL,
  `DisbursedAmount` decimal(18,2) DEFAULT NULL,
  `DisbursedOn` date DEFAULT NULL,
  `LoanId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `AcceptOverdueNotifiedAt` datetime(6) DEFAULT NULL,
  `DecideOverdueNotifiedAt` datetime(6) DEFAULT NULL,
  `Version` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `IndustrySection` varchar(1) DEFAULT '',
  `OverdueCounted` tinyint(1) NOT NULL DEFAULT 0,
  `Township` varchar(9) DEFAULT '',
  PRIMARY KEY (`Id`),
  KEY `IX_applications_BankId_NeedId` (`BankId`,`NeedId`),
  KEY `IX_applications_BankId_Status` (`BankId`,`Status`),
  KEY `IX_applications_BankId_SubmittedAt_EnterpriseId` (`BankId`,`SubmittedAt`,`EnterpriseId`),
  KEY `IX_applications_EnterpriseId_SubmittedAt` (`EnterpriseId`,`SubmittedAt`),
  KEY `IX_applications_ProductId` (`ProductId`),
  KEY `IX_applications_Status_AcceptDueAt` (`Status`,`AcceptDueAt`),
  KEY `IX_applications_Status_DecideDueAt` (`Status`,`DecideDueAt`),
  CONSTRAINT `FK_applications_banks_BankId` FOREIGN KEY (`BankId`) REFERENCES `banks` (`Id`),
  CONSTRAINT `FK_applications_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`),
  CONSTRAINT `FK_applications_products_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `products` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `applications` WRITE;
/*!40000 ALTER TABLE `applications` DISABLE KEYS */;
INSERT INTO `applications` VALUES
('01a233ae-c8df-7bfb-9350-daffdae207ce','01a233ae-c55f-7f54-8e9c-9424b0de0512','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','01a233ae-c32a-776c-8fea-da3a7db9074b','01a233ae-c87c-747a-9b50-5def2aa1beeb',120000.00,12,NULL,'Disbursed','2026-12-01 22:17:02.406470','2026-12-04 16:00:00.000000','2026-12-01 22:17:02.764685','2026-12-09 16:00:00.000000','2026-12-01 22:17:02.839282',120000.00,4.3500,12,'EqualInstallment','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)',NULL,120000.00,'2026-12-02','01a233ae-caad-7cd0-9bd3-af748961711d',NULL,NULL,'ee59eeb3-0d4e-4fec-86e3-76701ad5d1a3','A',0,'130682101'),
('01a233ae-cbe9-7a08-bc0a-f9c3bea94d87','01a233ae-c796-7a3a-89ee-ca24b48b9792','01a233ae-c150-7cfa-b364-814237f19be1','01a233ae-c42c-7bc2-871c-9c7b7cf3e241',NULL,50000.00,12,NULL,'Rejected','2026-12-01 22:17:03.208499','2026-12-04 16:00:00.000000',NULL,NULL,'2026-12-01 22:17:03.226136',NULL,NULL,NULL,NULL,NULL,'经营年限不足',NULL,NULL,NULL,NULL,NULL,'5af27857-cc24-44a2-9ef3-4a089f935e08','A',0,'130682102'),
('01a233ae-cc15-7e75-b8ff-d86d8b52d74c','01a233ae-c796-7a3a-89ee-ca24b48b9792','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','01a233ae-c32a-776c-8fea-da3a7db9074b',NULL,30000.00,12,NULL,'Withdrawn','2026-12-01 22:17:03.250061','2026-12-04 16:00:00.000000',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'fb1ba8d0-4c95-4bed-98c9-ec9483ebd840','A',0,'130682102'),
('01a233ae-ccca-7d24-8592-25d0bd6b05af','01a233ae-c55f-7f54-8e9c-9424b0de0512','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','01a233ae-c32a-776c-8fea-da3a7db9074b',NULL,400000.00,12,NULL,'ApprovalPending','2026-12-01 22:17:03.432463','2026-12-04 16:00:00.000000','2026-12-01 22:17:03.453991','2026-12-09 16:00:00.000000',NULL,400000.00,4.5000,24,'InterestOnly','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)',NULL,NULL,NULL,NULL,NULL,NULL,'0b4703e2-4c25-4c04-b569-d1b99146aa47','A',0,'130682101'),
('01a233ae-ccfd-76ef-9ecb-5c0c3f6085cd','01a233ae-c796-7a3a-89ee-ca24b48b9792','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','01a233ae-c32a-776c-8fea-da3a7db9074b',NULL,20000.00,12,NULL,'Submitted','2026-12-01 22:17:03.484680','2026-12-04 16:00:00.000000',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2482de5d-f29b-4dae-94b9-94f2d018a301','A',0,'130682102');
/*!40000 ALTER TABLE `applications` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `audit_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `audit_log` (
  `Id` bigint(20) NOT NULL AUTO_INCREMENT,
  `At` datetime(6) NOT NULL,
  `Actor` varchar(200) NOT NULL,
  `ActorRole` varchar(16) DEFAULT NULL,
  `Action` varchar(100) NOT NULL,
  `EntityId` varchar(100) DEFAULT NULL,
  `Outcome` varchar(16) NOT NULL,
  `Detail` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_audit_log_At` (`At`),
  KEY `IX_audit_log_EntityId` (`EntityId`)
) ENGINE=InnoDB AUTO_INCREMENT=63 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `audit_log` WRITE;
/*!40000 ALTER TABLE `audit_log` DISABLE KEYS */;
INSERT INTO `audit_log` VALUES
(1,'2026-12-01 22:16:59.550593','anonymous',NULL,'IssueToken','admin','Succeeded',NULL),
(2,'2026-12-01 22:16:59.753557','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','PutCalendar','calendar/2027','Succeeded',NULL),
(3,'2026-12-01 22:16:59.898591','anonymous',NULL,'IssueToken','admin','Succeeded',NULL),
(4,'2026-12-01 22:16:59.973476','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','CreateBank','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','Succeeded',NULL),
(5,'2026-12-01 22:17:00.070709','anonymous',NULL,'IssueToken','admin','Succeeded',NULL),
(6,'2026-12-01 22:17:00.169721','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','CreateBankUser','9a97d040-00ed-4cf2-a98f-e8ad1d0465c3','Succeeded',NULL),
(7,'2026-12-01 22:17:00.335763','anonymous',NULL,'IssueToken','officer7f9a7e77e0f44b13','Succeeded',NULL),
(8,'2026-12-01 22:17:00.483360','anonymous',NULL,'IssueToken','admin','Succeeded',NULL),
(9,'2026-12-01 22:17:00.498550','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','CreateBank','01a233ae-c150-7cfa-b364-814237f19be1','Succeeded',NULL),
(10,'2026-12-01 22:17:00.586680','anonymous',NULL,'IssueToken','admin','Succeeded',NULL),
(11,'2026-12-01 22:17:00.686948','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','CreateBankUser','0be387a7-bcab-4df3-8f2e-a09e0496578e','Succeeded',NULL),
(12,'2026-12-01 22:17:00.784610','anonymous',NULL,'IssueToken','officerba6907c5d26141f6','Succeeded',NULL),
(13,'2026-12-01 22:17:00.877870','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','UpdateBankSettings','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','Succeeded',NULL),
(14,'2026-12-01 22:17:01.076505','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','CreateProduct','01a233ae-c32a-776c-8fea-da3a7db9074b','Succeeded',NULL),
(15,'2026-12-01 22:17:01.218525','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','PublishProduct','01a233ae-c32a-776c-8fea-da3a7db9074b','Succeeded',NULL),
(16,'2026-12-01 22:17:01.230789','officerba6907c5d26141f6 (0be387a7-bcab-4df3-8f2e-a09e0496578e)','bank','CreateProduct','01a233ae-c42c-7bc2-871c-9c7b7cf3e241','Succeeded',NULL),
(17,'2026-12-01 22:17:01.245574','officerba6907c5d26141f6 (0be387a7-bcab-4df3-8f2e-a09e0496578e)','bank','PublishProduct','01a233ae-c42c-7bc2-871c-9c7b7cf3e241','Succeeded',NULL),
(18,'2026-12-01 22:17:01.263320','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','CreateProduct','01a233ae-c44d-7e8d-ad0a-d5c60bd625a9','Succeeded',NULL),
(19,'2026-12-01 22:17:01.409359','anonymous',NULL,'IssueToken','admin','Succeeded',NULL),
(20,'2026-12-01 22:17:01.506654','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','ImportCreditData','registry/bbf913eefd5bd409ea5b5be5c02392ea9','Succeeded',NULL),
(21,'2026-12-01 22:17:01.745096','anonymous',NULL,'RegisterEnterprise','01a233ae-c55f-7f54-8e9c-9424b0de0512','Succeeded',NULL),
(22,'2026-12-01 22:17:01.918622','anonymous',NULL,'IssueToken','ent8ff4212faca1454d','Succeeded',NULL),
(23,'2026-12-01 22:17:02.080383','anonymous',NULL,'IssueToken','admin','Succeeded',NULL),
(24,'2026-12-01 22:17:02.096368','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','ImportCreditData','registry/b80fcf8611e124f878127e60230b914e6','Succeeded',NULL),
(25,'2026-12-01 22:17:02.187285','anonymous',NULL,'RegisterEnterprise','01a233ae-c796-7a3a-89ee-ca24b48b9792','Succeeded',NULL),
(26,'2026-12-01 22:17:02.274892','anonymous',NULL,'IssueToken','ent7de06d27f4fd4ad4','Succeeded',NULL),
(27,'2026-12-01 22:17:02.294628','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','ImportCreditData','tax/tax-2025','Succeeded',NULL),
(28,'2026-12-01 22:17:02.304150','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','ImportCreditData','social-insurance/si-2026','Succeeded',NULL),
(29,'2026-12-01 22:17:02.314488','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','ImportCreditData','penalties/pen-2026','Succeeded',NULL),
(30,'2026-12-01 22:17:02.324009','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','ImportCreditData','honours/hon-2026','Succeeded',NULL),
(31,'2026-12-01 22:17:02.369421','ent8ff4212faca1454d (60b73096-235c-4034-9351-ac04551a39bb)','enterprise','PostNeed','01a233ae-c87c-747a-9b50-5def2aa1beeb','Succeeded',NULL),
(32,'2026-12-01 22:17:02.623797','ent8ff4212faca1454d (60b73096-235c-4034-9351-ac04551a39bb)','enterprise','SubmitApplication','01a233ae-c8df-7bfb-9350-daffdae207ce','Succeeded',NULL),
(33,'2026-12-01 22:17:02.791562','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','AcceptApplication','01a233ae-c8df-7bfb-9350-daffdae207ce','Succeeded',NULL),
(34,'2026-12-01 22:17:02.846690','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','ApproveApplication','01a233ae-c8df-7bfb-9350-daffdae207ce','Succeeded',NULL),
(35,'2026-12-01 22:17:03.048382','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','DisburseApplication','01a233ae-c8df-7bfb-9350-daffdae207ce','Succeeded',NULL),
(36,'2026-12-01 22:17:03.145213','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','RecordRepayment','01a233ae-cb89-7253-8284-c02b27b5b67e','Succeeded',NULL),
(37,'2026-12-01 22:17:03.199312','ent8ff4212faca1454d (60b73096-235c-4034-9351-ac04551a39bb)','enterprise','RateService','01a233ae-c8df-7bfb-9350-daffdae207ce','Succeeded',NULL),
(38,'2026-12-01 22:17:03.215523','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)','enterprise','SubmitApplication','01a233ae-cbe9-7a08-bc0a-f9c3bea94d87','Succeeded',NULL),
(39,'2026-12-01 22:17:03.231923','officerba6907c5d26141f6 (0be387a7-bcab-4df3-8f2e-a09e0496578e)','bank','RejectApplication','01a233ae-cbe9-7a08-bc0a-f9c3bea94d87','Succeeded',NULL),
(40,'2026-12-01 22:17:03.262430','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)','enterprise','SubmitApplication','01a233ae-cc15-7e75-b8ff-d86d8b52d74c','Succeeded',NULL),
(41,'2026-12-01 22:17:03.308039','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)','enterprise','WithdrawApplication','01a233ae-cc15-7e75-b8ff-d86d8b52d74c','Succeeded',NULL),
(42,'2026-12-01 22:17:03.440589','ent8ff4212faca1454d (60b73096-235c-4034-9351-ac04551a39bb)','enterprise','SubmitApplication','01a233ae-ccca-7d24-8592-25d0bd6b05af','Succeeded',NULL),
(43,'2026-12-01 22:17:03.459033','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','AcceptApplication','01a233ae-ccca-7d24-8592-25d0bd6b05af','Succeeded',NULL),
(44,'2026-12-01 22:17:03.478192','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','ApproveApplication','01a233ae-ccca-7d24-8592-25d0bd6b05af','Succeeded',NULL),
(45,'2026-12-01 22:17:03.491295','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)','enterprise','SubmitApplication','01a233ae-ccfd-76ef-9ecb-5c0c3f6085cd','Succeeded',NULL),
(46,'2026-12-01 22:17:03.627415','anonymous',NULL,'IssueToken','admin','Succeeded',NULL),
(47,'2026-12-01 22:17:03.668687','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','CreateStation','01a233ae-cd9a-76d4-a109-1f76f44f8578','Succeeded',NULL),
(48,'2026-12-01 22:17:03.833629','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','CreateStationUser','496fd79c-69db-4d3a-9282-0dda665c0d08','Succeeded',NULL),
(49,'2026-12-01 22:17:03.979069','anonymous',NULL,'IssueToken','agent8d24a5011d074d74','Succeeded',NULL),
(50,'2026-12-01 22:17:04.033610','ent7de06d27f4fd4ad4 (b652cf8f-5fab-4ac0-9f97-da7d70932143)','enterprise','GrantDelegation','01a233ae-cd9a-76d4-a109-1f76f44f8578','Succeeded',NULL),
(51,'2026-12-01 22:17:04.195896','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','OpenAccount','01a233ae-cf3a-7f6c-a892-1abb17d11021','Succeeded',NULL),
(52,'2026-12-01 22:17:04.205140','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)','bank','OpenAccount','01a233ae-cfcb-7547-86ee-621ef115c359','Succeeded',NULL),
(53,'2026-12-01 22:17:04.384615','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)','agent','MoveStationCash','01a233ae-d00f-72d5-a602-952b3928e341','Succeeded',NULL),
(54,'2026-12-01 22:17:04.414380','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)','agent','PostStationTransaction','01a233ae-d0ae-760b-ade3-d32529faa35a','Succeeded',NULL),
(55,'2026-12-01 22:17:04.465836','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)','agent','PostStationTransaction','01a233ae-d0d5-79f8-ac46-0877b7cf588a','Succeeded',NULL),
(56,'2026-12-01 22:17:04.486570','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)','agent','PostStationTransaction','01a233ae-d0ea-7b82-a6bd-4a420f3efd49','Succeeded',NULL),
(57,'2026-12-01 22:17:04.497279','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)','agent','PostStationTransaction','01a233ae-d0f7-7758-ae2e-05cc2ee763a2','Succeeded',NULL),
(58,'2026-12-01 22:17:04.577249','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)','agent','ReverseStationTransaction','01a233ae-d139-70f5-9bc8-7a50d2cddfda','Succeeded',NULL),
(59,'2026-12-01 22:17:04.593002','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)','agent','MoveStationCash','01a233ae-d14d-7a37-96d4-13b744efc133','Succeeded',NULL),
(60,'2026-12-01 22:17:04.678534','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)','agent','SettleStationDay','01a233ae-cd9a-76d4-a109-1f76f44f8578/2026-12-02','Succeeded',NULL),
(61,'2026-12-01 22:17:04.720912','ent8ff4212faca1454d (60b73096-235c-4034-9351-ac04551a39bb)','enterprise','PostJob','01a233ae-d1bc-7c63-8fc4-a0841a9cb376','Succeeded',NULL),
(62,'2026-12-01 22:17:04.760105','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)','bureau','SendNotice','01a233ae-d1e7-7cdb-874b-50d3bf29178b','Succeeded',NULL);
/*!40000 ALTER TABLE `audit_log` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `bank_commissions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `bank_commissions` (
  `Type` varchar(32) NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Fee` decimal(18,2) NOT NULL,
  PRIMARY KEY (`BankId`,`Type`),
  CONSTRAINT `FK_bank_commissions_banks_BankId` FOREIGN KEY (`BankId`) REFERENCES `banks` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `bank_commissions` WRITE;
/*!40000 ALTER TABLE `bank_commissions` DISABLE KEYS */;
INSERT INTO `bank_commissions` VALUES
('CashDeposit','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1',1.50),
('CashWithdrawal','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1',2.00),
('UtilityPayment','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1',1.00);
/*!40000 ALTER TABLE `bank_commissions` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `banks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `banks` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Name` varchar(100) NOT NULL,
  `CreditCode` varchar(18) NOT NULL,
  `Status` varchar(16) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `MakerCheckerThreshold` decimal(18,2) DEFAULT NULL,
  `WithdrawalLimitPerDay` decimal(18,2) NOT NULL,
  `WithdrawalLimitPerTransaction` decimal(18,2) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_banks_CreditCode` (`CreditCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `banks` WRITE;
/*!40000 ALTER TABLE `banks` DISABLE KEYS */;
INSERT INTO `banks` VALUES
('01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','定州农商银行','9113068200000YK9K7','Active','2026-12-01 22:16:59.942176',300000.00,2000.00,2000.00),
('01a233ae-c150-7cfa-b364-814237f19be1','河北银行定州支行','9113068200000YK9MD','Active','2026-12-01 22:17:00.496970',NULL,2000.00,2000.00);
/*!40000 ALTER TABLE `banks` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `calendar_years`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `calendar_years` (
  `Year` int(11) NOT NULL,
  `Json` longtext NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `UpdatedBy` varchar(200) NOT NULL,
  PRIMARY KEY (`Year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `calendar_years` WRITE;
/*!40000 ALTER TABLE `calendar_years` DISABLE KEYS */;
INSERT INTO `calendar_years` VALUES
(2027,'{\n  \"year\": 2027,\n  \"source\": null,\n  \"timeZone\": \"Asia/Shanghai\",\n  \"holidays\": [\n    {\n      \"name\": \"元旦\",\n      \"from\": \"2027-01-01\",\n      \"to\": \"2027-01-01\"\n    }\n  ],\n  \"adjustedWorkingDays\": []\n}','2026-12-01 22:16:59.733993','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)');
/*!40000 ALTER TABLE `calendar_years` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `consents`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `consents` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `EnterpriseId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `ApplicationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `GrantedAt` datetime(6) NOT NULL,
  `ExpiresAt` datetime(6) DEFAULT NULL,
  `RevokedAt` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_consents_ApplicationId` (`ApplicationId`),
  KEY `IX_consents_EnterpriseId_BankId` (`EnterpriseId`,`BankId`),
  CONSTRAINT `FK_consents_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `consents` WRITE;
/*!40000 ALTER TABLE `consents` DISABLE KEYS */;
INSERT INTO `consents` VALUES
('01a233ae-c924-7b82-8667-2396fe81649d','01a233ae-c55f-7f54-8e9c-9424b0de0512','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','01a233ae-c8df-7bfb-9350-daffdae207ce','2026-12-01 22:17:02.406470','2027-03-01 22:17:02.893697',NULL),
('01a233ae-cbea-70a0-b444-3161b382861c','01a233ae-c796-7a3a-89ee-ca24b48b9792','01a233ae-c150-7cfa-b364-814237f19be1','01a233ae-cbe9-7a08-bc0a-f9c3bea94d87','2026-12-01 22:17:03.208499','2027-03-01 22:17:03.226136',NULL),
('01a233ae-cc15-717e-85b0-aa274bce1027','01a233ae-c796-7a3a-89ee-ca24b48b9792','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','01a233ae-cc15-7e75-b8ff-d86d8b52d74c','2026-12-01 22:17:03.250061','2027-03-01 22:17:03.302441',NULL),
('01a233ae-cccb-7fa9-a262-5b0a1d27fb21','01a233ae-c55f-7f54-8e9c-9424b0de0512','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','01a233ae-ccca-7d24-8592-25d0bd6b05af','2026-12-01 22:17:03.432463',NULL,NULL),
('01a233ae-ccfe-7feb-9696-f4d0cfc8ab90','01a233ae-c796-7a3a-89ee-ca24b48b9792','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','01a233ae-ccfd-76ef-9ecb-5c0c3f6085cd','2026-12-01 22:17:03.484680',NULL,NULL);
/*!40000 ALTER TABLE `consents` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `credit_profiles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `credit_profiles` (
  `CreditCode` varchar(18) NOT NULL,
  `Score` int(11) NOT NULL,
  `Grade` varchar(1) NOT NULL,
  `KnockOutCount` int(11) NOT NULL,
  `AsOf` date NOT NULL,
  `ComputedAt` datetime(6) NOT NULL,
  `Revision` int(11) NOT NULL,
  PRIMARY KEY (`CreditCode`),
  KEY `IX_credit_profiles_Grade` (`Grade`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `credit_profiles` WRITE;
/*!40000 ALTER TABLE `credit_profiles` DISABLE KEYS */;
INSERT INTO `credit_profiles` VALUES
('9113068200000YK9PK',980,'A',0,'2026-12-02','2026-12-01 22:17:02.322218',4),
('9113068200000YK9RR',750,'B',0,'2026-12-02','2026-12-01 22:17:02.312731',3);
/*!40000 ALTER TABLE `credit_profiles` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `data_protection_keys`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `data_protection_keys` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `FriendlyName` varchar(200) DEFAULT NULL,
  `Xml` longtext NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `data_protection_keys` WRITE;
/*!40000 ALTER TABLE `data_protection_keys` DISABLE KEYS */;
INSERT INTO `data_protection_keys` VALUES
('b38e9716-966b-4f7c-b209-12df2fd1d57c','key-14b019c8-5e81-4db6-a819-4f15ea7ad847','<key id=\"14b019c8-5e81-4db6-a819-4f15ea7ad847\" version=\"1\"><creationDate>2026-12-01T22:16:58.531747Z</creationDate><activationDate>2026-12-01T22:16:58.531747Z</activationDate><expirationDate>2027-03-01T22:16:58.531747Z</expirationDate><descriptor deserializerType=\"Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60\"><descriptor><encryption algorithm=\"AES_256_CBC\" /><validation algorithm=\"HMACSHA256\" /><masterKey p4:requiresEncryption=\"true\" xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\"><!-- Warning: the key below is in an unencrypted form. --><value>wHzHpk6GUtNOfIufaGb4vCQruZadPhcgEFEIHKwkAkNWLuGskFlISUT69IwHO+CagtrKX77TSXIi5SiffJXY5g==</value></masterKey></descriptor></descriptor></key>');
/*!40000 ALTER TABLE `data_protection_keys` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `delegations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `delegations` (
  `EnterpriseId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `StationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `GrantedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`EnterpriseId`,`StationId`),
  KEY `IX_delegations_StationId` (`StationId`),
  CONSTRAINT `FK_delegations_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_delegations_stations_StationId` FOREIGN KEY (`StationId`) REFERENCES `stations` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `delegations` WRITE;
/*!40000 ALTER TABLE `delegations` DISABLE KEYS */;
INSERT INTO `delegations` VALUES
('01a233ae-c796-7a3a-89ee-ca24b48b9792','01a233ae-cd9a-76d4-a109-1f76f44f8578','2026-12-01 22:17:04.022811');
/*!40000 ALTER TABLE `delegations` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `dishonest_records`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dishonest_records` (
  `CreditCode` varchar(18) NOT NULL,
  `CaseNo` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `ListedOn` date NOT NULL,
  `RemovedOn` date DEFAULT NULL,
  `BatchId` varchar(64) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`CreditCode`,`CaseNo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `dishonest_records` WRITE;
/*!40000 ALTER TABLE `dishonest_records` DISABLE KEYS */;
/*!40000 ALTER TABLE `dishonest_records` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `enterprises`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `enterprises` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `CreditCode` varchar(18) NOT NULL,
  `Name` varchar(200) NOT NULL,
  `Type` varchar(32) NOT NULL,
  `LegalRepresentative` varchar(100) DEFAULT NULL,
  `EstablishedOn` date NOT NULL,
  `RegisteredCapital` decimal(18,2) NOT NULL,
  `Industry` varchar(3) NOT NULL,
  `DivisionCode` varchar(12) NOT NULL,
  `Phone` varchar(11) NOT NULL,
  `RegisteredAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_enterprises_CreditCode` (`CreditCode`),
  KEY `IX_enterprises_DivisionCode` (`DivisionCode`),
  KEY `IX_enterprises_RegisteredAt` (`RegisteredAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `enterprises` WRITE;
/*!40000 ALTER TABLE `enterprises` DISABLE KEYS */;
INSERT INTO `enterprises` VALUES
('01a233ae-c55f-7f54-8e9c-9424b0de0512','9113068200000YK9PK','定州市牛牛养殖专业合作社','Cooperative','张三','2015-03-10',500000.00,'A03','130682101001','13812345678','2026-12-01 22:17:01.535802'),
('01a233ae-c796-7a3a-89ee-ca24b48b9792','9113068200000YK9RR','定州市富民蔬菜种植专业合作社','Cooperative','张三','2015-03-10',500000.00,'A01','130682102003','13812345678','2026-12-01 22:17:02.102823');
/*!40000 ALTER TABLE `enterprises` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `honour_records`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `honour_records` (
  `CreditCode` varchar(18) NOT NULL,
  `AwardedOn` date NOT NULL,
  `Title` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `BatchId` varchar(64) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`CreditCode`,`AwardedOn`,`Title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `honour_records` WRITE;
/*!40000 ALTER TABLE `honour_records` DISABLE KEYS */;
INSERT INTO `honour_records` VALUES
('9113068200000YK9PK','2026-01-15','守合同重信用企业','hon-2026','2026-12-01 22:17:02.319282');
/*!40000 ALTER TABLE `honour_records` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `idempotency_keys`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `idempotency_keys` (
  `StationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Key` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `StatusCode` int(11) NOT NULL,
  `RefusedField` varchar(40) DEFAULT NULL,
  `RequestHash` varchar(64) NOT NULL,
  `ResponseJson` varchar(2000) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`StationId`,`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `idempotency_keys` WRITE;
/*!40000 ALTER TABLE `idempotency_keys` DISABLE KEYS */;
INSERT INTO `idempotency_keys` VALUES
('01a233ae-cd9a-76d4-a109-1f76f44f8578','u-bill',201,NULL,'859BE4A6DF2A605DAA67EFAFF91B6D768A23A76139D7BEE3DE54DB51B4826F88','{\"id\":\"01a233ae-d0f7-7758-ae2e-05cc2ee763a2\",\"receiptNo\":\"R20261202CC2EE763A2\",\"businessDate\":\"2026-12-02\",\"type\":\"UtilityPayment\",\"amount\":88.8,\"balanceAfter\":1411.20,\"stationCashAfter\":10734.56,\"accountNo\":\"621*********5171\",\"stationId\":\"01a233ae-cd9a-76d4-a109-1f76f44f8578\",\"postedAt\":\"2026-12-01T22:17:04.4972793+00:00\"}','2026-12-01 22:17:04.497279'),
('01a233ae-cd9a-76d4-a109-1f76f44f8578','u-dep',201,NULL,'36A47333E11D430009311A81B7F0A615C9C52F41EB45FF54D211928A8CE44D02','{\"id\":\"01a233ae-d0ae-760b-ade3-d32529faa35a\",\"receiptNo\":\"R202612022529FAA35A\",\"businessDate\":\"2026-12-02\",\"type\":\"CashDeposit\",\"amount\":1234.56,\"balanceAfter\":2034.56,\"stationCashAfter\":11234.56,\"accountNo\":\"621*********5171\",\"stationId\":\"01a233ae-cd9a-76d4-a109-1f76f44f8578\",\"postedAt\":\"2026-12-01T22:17:04.4143802+00:00\"}','2026-12-01 22:17:04.414380'),
('01a233ae-cd9a-76d4-a109-1f76f44f8578','u-rep',201,NULL,'3105C193C7EEB7A5D5851ED41B7D1A49CF9F1BC5C48BB9DE768714DBE010D8E2','{\"id\":\"01a233ae-d00f-72d5-a602-952b3928e341\",\"receiptNo\":\"R202612022B3928E341\",\"businessDate\":\"2026-12-02\",\"type\":\"Replenish\",\"amount\":10000,\"balanceAfter\":null,\"stationCashAfter\":10000,\"accountNo\":null,\"stationId\":\"01a233ae-cd9a-76d4-a109-1f76f44f8578\",\"postedAt\":\"2026-12-01T22:17:04.2455427+00:00\"}','2026-12-01 22:17:04.245542'),
('01a233ae-cd9a-76d4-a109-1f76f44f8578','u-ret',201,NULL,'304697ABDC6C10F87FB9C98C91B8A94BC36DBEDF32046D37DCF05C58608D2F7A','{\"id\":\"01a233ae-d14d-7a37-96d4-13b744efc133\",\"receiptNo\":\"R20261202B744EFC133\",\"businessDate\":\"2026-12-02\",\"type\":\"Return\",\"amount\":2000,\"balanceAfter\":null,\"stationCashAfter\":9234.56,\"accountNo\":null,\"stationId\":\"01a233ae-cd9a-76d4-a109-1f76f44f8578\",\"postedAt\":\"2026-12-01T22:17:04.5862221+00:00\"}','2026-12-01 22:17:04.586222'),
('01a233ae-cd9a-76d4-a109-1f76f44f8578','u-rev',201,NULL,'C3B3559A7F1C40084651430CA9A0DC387DA6892711435C430C4F7BF283C7350C','{\"id\":\"01a233ae-d139-70f5-9bc8-7a50d2cddfda\",\"receiptNo\":\"R2026120250D2CDDFDA\",\"businessDate\":\"2026-12-02\",\"type\":\"Reversal\",\"amount\":500.00,\"balanceAfter\":1911.20,\"stationCashAfter\":11234.56,\"accountNo\":\"621*********5171\",\"stationId\":\"01a233ae-cd9a-76d4-a109-1f76f44f8578\",\"postedAt\":\"2026-12-01T22:17:04.5397533+00:00\"}','2026-12-01 22:17:04.539753'),
('01a233ae-cd9a-76d4-a109-1f76f44f8578','u-tr',201,NULL,'BB25A61F385FC5A106060DDE34F1DE6BA8107F0A390554C971A38E4B7D2D7959','{\"id\":\"01a233ae-d0ea-7b82-a6bd-4a420f3efd49\",\"receiptNo\":\"R20261202420F3EFD49\",\"businessDate\":\"2026-12-02\",\"type\":\"Transfer\",\"amount\":34.56,\"balanceAfter\":1500.00,\"stationCashAfter\":10734.56,\"accountNo\":\"621*********5171\",\"stationId\":\"01a233ae-cd9a-76d4-a109-1f76f44f8578\",\"postedAt\":\"2026-12-01T22:17:04.4865703+00:00\"}','2026-12-01 22:17:04.486570'),
('01a233ae-cd9a-76d4-a109-1f76f44f8578','u-wd',201,NULL,'B682299D26A8CECF40D7FEE1C7B55514E0080B82967533C6501C874C551B72FC','{\"id\":\"01a233ae-d0d5-79f8-ac46-0877b7cf588a\",\"receiptNo\":\"R2026120277B7CF588A\",\"businessDate\":\"2026-12-02\",\"type\":\"CashWithdrawal\",\"amount\":500,\"balanceAfter\":1534.56,\"stationCashAfter\":10734.56,\"accountNo\":\"621*********5171\",\"stationId\":\"01a233ae-cd9a-76d4-a109-1f76f44f8578\",\"postedAt\":\"2026-12-01T22:17:04.4658362+00:00\"}','2026-12-01 22:17:04.465836');
/*!40000 ALTER TABLE `idempotency_keys` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `import_batches`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `import_batches` (
  `Dataset` varchar(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `BatchId` varchar(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `Accepted` int(11) NOT NULL,
  `Rejected` int(11) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  `ImportedBy` varchar(200) NOT NULL,
  PRIMARY KEY (`Dataset`,`BatchId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `import_batches` WRITE;
/*!40000 ALTER TABLE `import_batches` DISABLE KEYS */;
INSERT INTO `import_batches` VALUES
('honours','hon-2026',1,0,'2026-12-01 22:17:02.322921','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)'),
('penalties','pen-2026',1,0,'2026-12-01 22:17:02.313401','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)'),
('registry','b80fcf8611e124f878127e60230b914e6',1,0,'2026-12-01 22:17:02.095228','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)'),
('registry','bbf913eefd5bd409ea5b5be5c02392ea9',1,0,'2026-12-01 22:17:01.482095','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)'),
('social-insurance','si-2026',1,0,'2026-12-01 22:17:02.303093','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)'),
('tax','tax-2025',2,0,'2026-12-01 22:17:02.293347','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)');
/*!40000 ALTER TABLE `import_batches` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `job_leases`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `job_leases` (
  `Name` varchar(64) NOT NULL,
  `Holder` varchar(200) NOT NULL,
  `AcquiredAt` datetime(6) NOT NULL,
  `ExpiresAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `job_leases` WRITE;
/*!40000 ALTER TABLE `job_leases` DISABLE KEYS */;
INSERT INTO `job_leases` VALUES
('background-jobs','vm:15596:d13277','2026-12-01 22:16:59.042015','2026-12-01 22:17:17.035490');
/*!40000 ALTER TABLE `job_leases` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `jobs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `jobs` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `EnterpriseId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Title` varchar(100) NOT NULL,
  `DivisionCode` varchar(12) NOT NULL,
  `Salary` varchar(50) NOT NULL,
  `Description` varchar(2000) DEFAULT NULL,
  `ContactPhone` varchar(11) DEFAULT NULL,
  `PostedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_jobs_DivisionCode` (`DivisionCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `jobs` WRITE;
/*!40000 ALTER TABLE `jobs` DISABLE KEYS */;
INSERT INTO `jobs` VALUES
('01a233ae-d1bc-7c63-8fc4-a0841a9cb376','01a233ae-c55f-7f54-8e9c-9424b0de0512','养殖场饲养员','130682101001','4000元/月','包吃住','13812345678','2026-12-01 22:17:04.700359');
/*!40000 ALTER TABLE `jobs` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `judgment_records`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `judgment_records` (
  `CreditCode` varchar(18) NOT NULL,
  `CaseNo` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `JudgedOn` date NOT NULL,
  `Amount` decimal(18,2) NOT NULL,
  `Settled` tinyint(1) NOT NULL,
  `BatchId` varchar(64) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`CreditCode`,`CaseNo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `judgment_records` WRITE;
/*!40000 ALTER TABLE `judgment_records` DISABLE KEYS */;
/*!40000 ALTER TABLE `judgment_records` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ledger_accounts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ledger_accounts` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Kind` varchar(24) NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Number` varchar(64) NOT NULL,
  `StationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `HolderName` varchar(50) DEFAULT NULL,
  `MaskedIdNumber` varchar(18) DEFAULT NULL,
  `Ceiling` decimal(18,2) DEFAULT NULL,
  `Balance` decimal(18,2) NOT NULL,
  `OpenedAt` datetime(6) NOT NULL,
  `Version` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ledger_accounts_Number` (`Number`),
  KEY `IX_ledger_accounts_BankId_Kind` (`BankId`,`Kind`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ledger_accounts` WRITE;
/*!40000 ALTER TABLE `ledger_accounts` DISABLE KEYS */;
INSERT INTO `ledger_accounts` VALUES
('01a233ae-cf3a-7f6c-a892-1abb17d11021','CustomerDeposit','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','6217649721495171',NULL,'王大爷','110***********002X',NULL,1911.20,'2026-12-01 22:17:04.056509','547ac663-5f4a-47d2-b8b2-a8399f88ffab'),
('01a233ae-cf6e-7145-9bea-d20ced01e80e','BankVault','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','BankVault:01a233aebf267b9e9e2e6e418dce3fc1',NULL,NULL,NULL,NULL,-7200.00,'2026-12-01 22:17:04.056509','db8931a1-5a0f-4946-b7ae-d11775816f3c'),
('01a233ae-cfcb-7547-86ee-621ef115c359','CustomerDeposit','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','6217556607791633',NULL,'李大娘','110***********002X',NULL,34.56,'2026-12-01 22:17:04.203692','91bc944a-1a8f-4550-838a-bad339263dfb'),
('01a233ae-cff7-74e9-801f-ab823136a59d','StationCash','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','StationCash:01a233aecd9a76d4a1091f76f44f8578','01a233ae-cd9a-76d4-a109-1f76f44f8578',NULL,NULL,50000.00,9224.56,'2026-12-01 22:17:04.245542','4071ac2b-5189-414f-8a0b-606679e8d010'),
('01a233ae-d0f6-7199-bbb7-7988ebc90575','UtilityPayee','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','UtilityPayee:01a233aebf267b9e9e2e6e418dce3fc1',NULL,NULL,NULL,NULL,88.80,'2026-12-01 22:17:04.497279','218b8c5e-5d21-4faf-b91f-f96f383021ba'),
('01a233ae-d189-7334-8ba6-b2271bf2b2ce','CashDifference','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','CashDifference:01a233aebf267b9e9e2e6e418dce3fc1',NULL,NULL,NULL,NULL,10.00,'2026-12-01 22:17:04.631471','6937d0e2-82c9-4818-a7ba-89378baacca5');
/*!40000 ALTER TABLE `ledger_accounts` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ledger_entries`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ledger_entries` (
  `PostingId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Line` int(11) NOT NULL,
  `AccountId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Debit` decimal(18,2) NOT NULL,
  `Credit` decimal(18,2) NOT NULL,
  PRIMARY KEY (`PostingId`,`Line`),
  KEY `IX_ledger_entries_AccountId` (`AccountId`),
  CONSTRAINT `FK_ledger_entries_postings_PostingId` FOREIGN KEY (`PostingId`) REFERENCES `postings` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ledger_entries` WRITE;
/*!40000 ALTER TABLE `ledger_entries` DISABLE KEYS */;
INSERT INTO `ledger_entries` VALUES
('01a233ae-cf70-7bb9-b5c0-eeb6d35c2968',1,'01a233ae-cf6e-7145-9bea-d20ced01e80e',800.00,0.00),
('01a233ae-cf70-7bb9-b5c0-eeb6d35c2968',2,'01a233ae-cf3a-7f6c-a892-1abb17d11021',0.00,800.00),
('01a233ae-d00e-784d-b2f7-e2c538ab1c19',1,'01a233ae-cff7-74e9-801f-ab823136a59d',10000.00,0.00),
('01a233ae-d00e-784d-b2f7-e2c538ab1c19',2,'01a233ae-cf6e-7145-9bea-d20ced01e80e',0.00,10000.00),
('01a233ae-d0ae-7dc6-b572-3e4cc998686b',1,'01a233ae-cff7-74e9-801f-ab823136a59d',1234.56,0.00),
('01a233ae-d0ae-7dc6-b572-3e4cc998686b',2,'01a233ae-cf3a-7f6c-a892-1abb17d11021',0.00,1234.56),
('01a233ae-d0d5-7400-aacc-b93d9d90e5f1',1,'01a233ae-cf3a-7f6c-a892-1abb17d11021',500.00,0.00),
('01a233ae-d0d5-7400-aacc-b93d9d90e5f1',2,'01a233ae-cff7-74e9-801f-ab823136a59d',0.00,500.00),
('01a233ae-d0ea-77e5-9c5d-97ae311cfc8f',1,'01a233ae-cf3a-7f6c-a892-1abb17d11021',34.56,0.00),
('01a233ae-d0ea-77e5-9c5d-97ae311cfc8f',2,'01a233ae-cfcb-7547-86ee-621ef115c359',0.00,34.56),
('01a233ae-d0f6-79ad-b502-1cd68368be53',1,'01a233ae-cf3a-7f6c-a892-1abb17d11021',88.80,0.00),
('01a233ae-d0f6-79ad-b502-1cd68368be53',2,'01a233ae-d0f6-7199-bbb7-7988ebc90575',0.00,88.80),
('01a233ae-d138-7ee8-bdb0-58c33d650614',1,'01a233ae-cff7-74e9-801f-ab823136a59d',500.00,0.00),
('01a233ae-d138-7ee8-bdb0-58c33d650614',2,'01a233ae-cf3a-7f6c-a892-1abb17d11021',0.00,500.00),
('01a233ae-d14d-7905-a138-01d38d2b9de9',1,'01a233ae-cf6e-7145-9bea-d20ced01e80e',2000.00,0.00),
('01a233ae-d14d-7905-a138-01d38d2b9de9',2,'01a233ae-cff7-74e9-801f-ab823136a59d',0.00,2000.00),
('01a233ae-d18a-7b10-a299-721e5afcade0',1,'01a233ae-d189-7334-8ba6-b2271bf2b2ce',10.00,0.00),
('01a233ae-d18a-7b10-a299-721e5afcade0',2,'01a233ae-cff7-74e9-801f-ab823136a59d',0.00,10.00);
/*!40000 ALTER TABLE `ledger_entries` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `loan_installments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `loan_installments` (
  `Period` int(11) NOT NULL,
  `LoanId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `DueDate` date NOT NULL,
  `Principal` decimal(18,2) NOT NULL,
  `Interest` decimal(18,2) NOT NULL,
  `Payment` decimal(18,2) NOT NULL,
  `Remaining` decimal(18,2) NOT NULL,
  PRIMARY KEY (`LoanId`,`Period`),
  CONSTRAINT `FK_loan_installments_loans_LoanId` FOREIGN KEY (`LoanId`) REFERENCES `loans` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `loan_installments` WRITE;
/*!40000 ALTER TABLE `loan_installments` DISABLE KEYS */;
INSERT INTO `loan_installments` VALUES
(1,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-01-02',9802.19,435.00,10237.19,110197.81),
(2,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-02-02',9837.72,399.47,10237.19,100360.09),
(3,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-03-02',9873.38,363.81,10237.19,90486.71),
(4,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-04-02',9909.18,328.01,10237.19,80577.53),
(5,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-05-02',9945.10,292.09,10237.19,70632.43),
(6,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-06-02',9981.15,256.04,10237.19,60651.28),
(7,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-07-02',10017.33,219.86,10237.19,50633.95),
(8,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-08-02',10053.64,183.55,10237.19,40580.31),
(9,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-09-02',10090.09,147.10,10237.19,30490.22),
(10,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-10-02',10126.66,110.53,10237.19,20363.56),
(11,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-11-02',10163.37,73.82,10237.19,10200.19),
(12,'01a233ae-caad-7cd0-9bd3-af748961711d','2027-12-02',10200.19,36.98,10237.17,0.00);
/*!40000 ALTER TABLE `loan_installments` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `loan_repayments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `loan_repayments` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `LoanId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Amount` decimal(18,2) NOT NULL,
  `PaidOn` date NOT NULL,
  `RecordedAt` datetime(6) NOT NULL,
  `RecordedBy` varchar(200) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_loan_repayments_LoanId` (`LoanId`),
  CONSTRAINT `FK_loan_repayments_loans_LoanId` FOREIGN KEY (`LoanId`) REFERENCES `loans` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `loan_repayments` WRITE;
/*!40000 ALTER TABLE `loan_repayments` DISABLE KEYS */;
INSERT INTO `loan_repayments` VALUES
('01a233ae-cb89-7253-8284-c02b27b5b67e','01a233ae-caad-7cd0-9bd3-af748961711d',10246.11,'2026-12-02','2026-12-01 22:17:03.112018','officer7f9a7e77e0f44b13 (9a97d040-00ed-4cf2-a98f-e8ad1d0465c3)');
/*!40000 ALTER TABLE `loan_repayments` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `loans`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `loans` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `ApplicationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `EnterpriseId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Principal` decimal(18,2) NOT NULL,
  `AnnualRate` decimal(9,4) NOT NULL,
  `TermMonths` int(11) NOT NULL,
  `RepaymentMethod` varchar(20) NOT NULL,
  `DisbursedOn` date NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `PaidTotal` decimal(18,2) NOT NULL,
  `SettledAt` datetime(6) DEFAULT NULL,
  `Version` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `IndustrySection` varchar(1) DEFAULT '',
  `Township` varchar(9) DEFAULT '',
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_loans_ApplicationId` (`ApplicationId`),
  KEY `IX_loans_BankId_DisbursedOn_EnterpriseId` (`BankId`,`DisbursedOn`,`EnterpriseId`),
  KEY `IX_loans_DisbursedOn_EnterpriseId` (`DisbursedOn`,`EnterpriseId`),
  KEY `IX_loans_IndustrySection_DisbursedOn_EnterpriseId` (`IndustrySection`,`DisbursedOn`,`EnterpriseId`),
  KEY `IX_loans_Township_DisbursedOn_EnterpriseId` (`Township`,`DisbursedOn`,`EnterpriseId`),
  CONSTRAINT `FK_loans_applications_ApplicationId` FOREIGN KEY (`ApplicationId`) REFERENCES `applications` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `loans` WRITE;
/*!40000 ALTER TABLE `loans` DISABLE KEYS */;
INSERT INTO `loans` VALUES
('01a233ae-caad-7cd0-9bd3-af748961711d','01a233ae-c8df-7bfb-9350-daffdae207ce','01a233ae-c55f-7f54-8e9c-9424b0de0512','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1',120000.00,4.3500,12,'EqualInstallment','2026-12-02','2026-12-01 22:17:02.893697',10246.11,NULL,'95d08f86-2239-4725-8a93-d2062173e7ac','A','130682101');
/*!40000 ALTER TABLE `loans` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `needs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `needs` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `EnterpriseId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Amount` decimal(18,2) NOT NULL,
  `TermMonths` int(11) NOT NULL,
  `Purpose` varchar(500) NOT NULL,
  `Collateral` varchar(16) NOT NULL,
  `MaxAnnualRate` decimal(9,4) DEFAULT NULL,
  `Status` varchar(16) NOT NULL,
  `PostedBy` varchar(200) NOT NULL,
  `PostedByStationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `PostedAt` datetime(6) NOT NULL,
  `ExpiresAt` datetime(6) NOT NULL,
  `ClosedAt` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_needs_EnterpriseId_Status` (`EnterpriseId`,`Status`),
  KEY `IX_needs_PostedAt` (`PostedAt`),
  KEY `IX_needs_Status_ExpiresAt` (`Status`,`ExpiresAt`),
  CONSTRAINT `FK_needs_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `needs` WRITE;
/*!40000 ALTER TABLE `needs` DISABLE KEYS */;
INSERT INTO `needs` VALUES
('01a233ae-c87c-747a-9b50-5def2aa1beeb','01a233ae-c55f-7f54-8e9c-9424b0de0512',120000.00,12,'购买牛犊','None',6.0000,'Fulfilled','ent8ff4212faca1454d (60b73096-235c-4034-9351-ac04551a39bb)',NULL,'2026-12-01 22:17:02.332446','2027-03-01 22:17:02.332446','2026-12-01 22:17:02.893697');
/*!40000 ALTER TABLE `needs` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `notices`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notices` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Text` varchar(500) NOT NULL,
  `Townships` varchar(6000) NOT NULL,
  `Industries` varchar(1000) NOT NULL,
  `Recipients` int(11) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `CreatedBy` varchar(200) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_notices_CreatedAt` (`CreatedAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `notices` WRITE;
/*!40000 ALTER TABLE `notices` DISABLE KEYS */;
INSERT INTO `notices` VALUES
('01a233ae-d1e7-7cdb-874b-50d3bf29178b','2026年春季信易贷政策宣讲会通知','[\"130682101\"]','[]',1,'2026-12-01 22:17:04.743480','admin (b38f1713-b1da-4ff0-8553-5b048cc4d4d7)');
/*!40000 ALTER TABLE `notices` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `outbox`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `outbox` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Type` varchar(64) NOT NULL,
  `Recipient` varchar(200) NOT NULL,
  `Payload` varchar(4000) NOT NULL,
  `DeduplicationKey` varchar(200) DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `NextAttemptAt` datetime(6) NOT NULL,
  `Attempts` int(11) NOT NULL,
  `SentAt` datetime(6) DEFAULT NULL,
  `FailedAt` datetime(6) DEFAULT NULL,
  `LastError` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_outbox_DeduplicationKey` (`DeduplicationKey`),
  KEY `IX_outbox_SentAt_FailedAt_NextAttemptAt` (`SentAt`,`FailedAt`,`NextAttemptAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `outbox` WRITE;
/*!40000 ALTER TABLE `outbox` DISABLE KEYS */;
INSERT INTO `outbox` VALUES
('01a233ae-c932-7c34-8334-22632de6dab1','NewApplication','bank:01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','{\"applicationId\":\"01a233ae-c8df-7bfb-9350-daffdae207ce\",\"productName\":\"牧业贷\",\"amount\":120000,\"acceptDueAt\":\"2026-12-04T16:00:00+00:00\",\"text\":\"新的贷款申请：牧业贷，120000.00元，请在2026-12-04前受理\"}',NULL,'2026-12-01 22:17:02.406470','2026-12-01 22:17:02.406470',0,NULL,NULL,NULL),
('01a233ae-ca36-7d29-9ca6-eee2a8ca8342','ApplicationAccepted','13812345678','{\"applicationId\":\"01a233ae-c8df-7bfb-9350-daffdae207ce\",\"status\":\"Accepted\",\"text\":\"您的贷款申请已受理\"}',NULL,'2026-12-01 22:17:02.764685','2026-12-01 22:17:02.764685',0,NULL,NULL,NULL),
('01a233ae-ca78-71d7-94e2-c3b443627aa4','ApplicationApproved','13812345678','{\"applicationId\":\"01a233ae-c8df-7bfb-9350-daffdae207ce\",\"status\":\"Approved\",\"text\":\"您的贷款申请已获批：120000.00元，年利率4.35%，12个月\"}',NULL,'2026-12-01 22:17:02.839282','2026-12-01 22:17:02.839282',0,NULL,NULL,NULL),
('01a233ae-cb02-7021-9e03-06f04bf8bc28','LoanDisbursed','13812345678','{\"applicationId\":\"01a233ae-c8df-7bfb-9350-daffdae207ce\",\"status\":\"Disbursed\",\"text\":\"贷款120000.00元已于2026-12-02发放\"}',NULL,'2026-12-01 22:17:02.893697','2026-12-01 22:17:02.893697',0,NULL,NULL,NULL),
('01a233ae-cbea-7b3a-886c-b64c7f9c104c','NewApplication','bank:01a233ae-c150-7cfa-b364-814237f19be1','{\"applicationId\":\"01a233ae-cbe9-7a08-bc0a-f9c3bea94d87\",\"productName\":\"纳税e贷\",\"amount\":50000,\"acceptDueAt\":\"2026-12-04T16:00:00+00:00\",\"text\":\"新的贷款申请：纳税e贷，50000.00元，请在2026-12-04前受理\"}',NULL,'2026-12-01 22:17:03.208499','2026-12-01 22:17:03.208499',0,NULL,NULL,NULL),
('01a233ae-cbfb-7bbb-9a38-dd21baaba961','ApplicationRejected','13812345678','{\"applicationId\":\"01a233ae-cbe9-7a08-bc0a-f9c3bea94d87\",\"status\":\"Rejected\",\"text\":\"您的贷款申请未获批准：经营年限不足。平台已为您推荐其他匹配产品。\"}',NULL,'2026-12-01 22:17:03.226136','2026-12-01 22:17:03.226136',0,NULL,NULL,NULL),
('01a233ae-cc15-79c6-bd38-f36d401c355a','NewApplication','bank:01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','{\"applicationId\":\"01a233ae-cc15-7e75-b8ff-d86d8b52d74c\",\"productName\":\"牧业贷\",\"amount\":30000,\"acceptDueAt\":\"2026-12-04T16:00:00+00:00\",\"text\":\"新的贷款申请：牧业贷，30000.00元，请在2026-12-04前受理\"}',NULL,'2026-12-01 22:17:03.250061','2026-12-01 22:17:03.250061',0,NULL,NULL,NULL),
('01a233ae-cccb-7a3c-90a3-175a1b7e93d0','NewApplication','bank:01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','{\"applicationId\":\"01a233ae-ccca-7d24-8592-25d0bd6b05af\",\"productName\":\"牧业贷\",\"amount\":400000,\"acceptDueAt\":\"2026-12-04T16:00:00+00:00\",\"text\":\"新的贷款申请：牧业贷，400000.00元，请在2026-12-04前受理\"}',NULL,'2026-12-01 22:17:03.432463','2026-12-01 22:17:03.432463',0,NULL,NULL,NULL),
('01a233ae-ccde-76af-b2ca-09a684cc70b0','ApplicationAccepted','13812345678','{\"applicationId\":\"01a233ae-ccca-7d24-8592-25d0bd6b05af\",\"status\":\"Accepted\",\"text\":\"您的贷款申请已受理\"}',NULL,'2026-12-01 22:17:03.453991','2026-12-01 22:17:03.453991',0,NULL,NULL,NULL),
('01a233ae-ccfe-77aa-8544-e9f64554ccee','NewApplication','bank:01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','{\"applicationId\":\"01a233ae-ccfd-76ef-9ecb-5c0c3f6085cd\",\"productName\":\"牧业贷\",\"amount\":20000,\"acceptDueAt\":\"2026-12-04T16:00:00+00:00\",\"text\":\"新的贷款申请：牧业贷，20000.00元，请在2026-12-04前受理\"}',NULL,'2026-12-01 22:17:03.484680','2026-12-01 22:17:03.484680',0,NULL,NULL,NULL),
('01a233ae-d1f7-7fdb-8107-c8187dc1e643','Notice','enterprise:01a233ae-c55f-7f54-8e9c-9424b0de0512','{\"noticeId\":\"01a233ae-d1e7-7cdb-874b-50d3bf29178b\",\"phone\":\"13812345678\",\"text\":\"2026年春季信易贷政策宣讲会通知\"}','notice:01a233aed1e77cdb874b50d3bf29178b:01a233aec55f7f548e9c9424b0de0512','2026-12-01 22:17:04.743480','2026-12-01 22:17:04.743480',0,NULL,NULL,NULL);
/*!40000 ALTER TABLE `outbox` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `penalty_records`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `penalty_records` (
  `CreditCode` varchar(18) NOT NULL,
  `CaseNo` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `DecidedOn` date NOT NULL,
  `Severity` varchar(16) NOT NULL,
  `Authority` varchar(100) DEFAULT NULL,
  `BatchId` varchar(64) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`CreditCode`,`CaseNo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `penalty_records` WRITE;
/*!40000 ALTER TABLE `penalty_records` DISABLE KEYS */;
INSERT INTO `penalty_records` VALUES
('9113068200000YK9RR','定市监罚〔2026〕12号','2026-05-01','Minor','定州市市场监督管理局','pen-2026','2026-12-01 22:17:02.309114');
/*!40000 ALTER TABLE `penalty_records` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `postings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `postings` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `BusinessDate` date NOT NULL,
  `PostedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_postings_BusinessDate` (`BusinessDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `postings` WRITE;
/*!40000 ALTER TABLE `postings` DISABLE KEYS */;
INSERT INTO `postings` VALUES
('01a233ae-cf70-7bb9-b5c0-eeb6d35c2968','2026-12-02','2026-12-01 22:17:04.056509'),
('01a233ae-d00e-784d-b2f7-e2c538ab1c19','2026-12-02','2026-12-01 22:17:04.245542'),
('01a233ae-d0ae-7dc6-b572-3e4cc998686b','2026-12-02','2026-12-01 22:17:04.414380'),
('01a233ae-d0d5-7400-aacc-b93d9d90e5f1','2026-12-02','2026-12-01 22:17:04.465836'),
('01a233ae-d0ea-77e5-9c5d-97ae311cfc8f','2026-12-02','2026-12-01 22:17:04.486570'),
('01a233ae-d0f6-79ad-b502-1cd68368be53','2026-12-02','2026-12-01 22:17:04.497279'),
('01a233ae-d138-7ee8-bdb0-58c33d650614','2026-12-02','2026-12-01 22:17:04.539753'),
('01a233ae-d14d-7905-a138-01d38d2b9de9','2026-12-02','2026-12-01 22:17:04.586222'),
('01a233ae-d18a-7b10-a299-721e5afcade0','2026-12-02','2026-12-01 22:17:04.631471');
/*!40000 ALTER TABLE `postings` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `products`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `products` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Name` varchar(100) NOT NULL,
  `Category` varchar(16) NOT NULL,
  `MinAmount` decimal(18,2) NOT NULL,
  `MaxAmount` decimal(18,2) NOT NULL,
  `MinTermMonths` int(11) NOT NULL,
  `MaxTermMonths` int(11) NOT NULL,
  `MinAnnualRate` decimal(9,4) NOT NULL,
  `MaxAnnualRate` decimal(9,4) NOT NULL,
  `RepaymentMethods` varchar(200) NOT NULL,
  `Industries` varchar(1000) NOT NULL,
  `Divisions` longtext NOT NULL,
  `MinGrade` varchar(1) NOT NULL,
  `MinYearsInBusiness` int(11) NOT NULL,
  `EnterpriseTypes` varchar(200) NOT NULL,
  `CollateralRequired` tinyint(1) NOT NULL,
  `RequiredMaterials` longtext NOT NULL,
  `Description` varchar(4000) DEFAULT NULL,
  `Status` varchar(16) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `PublishedAt` datetime(6) DEFAULT NULL,
  `RetiredAt` datetime(6) DEFAULT NULL,
  `Version` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_products_BankId_Status` (`BankId`,`Status`),
  KEY `IX_products_Status_PublishedAt` (`Status`,`PublishedAt`),
  CONSTRAINT `FK_products_banks_BankId` FOREIGN KEY (`BankId`) REFERENCES `banks` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `products` WRITE;
/*!40000 ALTER TABLE `products` DISABLE KEYS */;
INSERT INTO `products` VALUES
('01a233ae-c32a-776c-8fea-da3a7db9074b','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','牧业贷','Credit',10000.00,500000.00,6,36,3.8500,6.5000,'[\"EqualInstallment\",\"InterestOnly\"]','[\"A\"]','[\"130682\"]','C',1,'[]',0,'[\"营业执照\",\"法人身份证\",\"近一年银行流水\"]','面向养殖户的纯信用贷款','Published','2026-12-01 22:17:00.970053','2026-12-01 22:17:01.163652','2026-12-01 22:17:01.163652',NULL,'60fbcdd0-b996-4e7f-91c6-1baf23b1e826'),
('01a233ae-c42c-7bc2-871c-9c7b7cf3e241','01a233ae-c150-7cfa-b364-814237f19be1','纳税e贷','Credit',10000.00,500000.00,6,36,3.8500,6.5000,'[\"InterestOnly\",\"BulletPayment\"]','[\"A\"]','[\"130682\"]','C',1,'[]',0,'[\"营业执照\",\"法人身份证\",\"近一年银行流水\"]','面向养殖户的纯信用贷款','Published','2026-12-01 22:17:01.228729','2026-12-01 22:17:01.238882','2026-12-01 22:17:01.238882',NULL,'579a0fb6-ced2-470d-a444-76ee2a449969'),
('01a233ae-c44d-7e8d-ad0a-d5c60bd625a9','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','草稿产品','Credit',10000.00,500000.00,6,36,3.8500,6.5000,'[\"EqualInstallment\",\"InterestOnly\"]','[\"A\"]','[\"130682\"]','C',1,'[]',0,'[\"营业执照\",\"法人身份证\",\"近一年银行流水\"]','面向养殖户的纯信用贷款','Draft','2026-12-01 22:17:01.261163','2026-12-01 22:17:01.261163',NULL,NULL,'74a481d9-30bb-4f55-a2c6-6e5733f80d14');
/*!40000 ALTER TABLE `products` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `registry_records`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `registry_records` (
  `CreditCode` varchar(18) NOT NULL,
  `Name` varchar(200) NOT NULL,
  `Type` varchar(32) NOT NULL,
  `LegalRepresentative` varchar(100) DEFAULT NULL,
  `EstablishedOn` date NOT NULL,
  `RegisteredCapital` decimal(18,2) NOT NULL,
  `Industry` varchar(3) NOT NULL,
  `DivisionCode` varchar(12) NOT NULL,
  `BatchId` varchar(64) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`CreditCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `registry_records` WRITE;
/*!40000 ALTER TABLE `registry_records` DISABLE KEYS */;
INSERT INTO `registry_records` VALUES
('9113068200000YK9PK','定州市牛牛养殖专业合作社','Cooperative','张三','2015-03-10',500000.00,'A03','130682101001','bbf913eefd5bd409ea5b5be5c02392ea9','2026-12-01 22:17:01.442787'),
('9113068200000YK9RR','定州市富民蔬菜种植专业合作社','Cooperative','张三','2015-03-10',500000.00,'A01','130682102003','b80fcf8611e124f878127e60230b914e6','2026-12-01 22:17:02.088046');
/*!40000 ALTER TABLE `registry_records` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `service_ratings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `service_ratings` (
  `ApplicationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Score` int(11) NOT NULL,
  `Comment` varchar(500) DEFAULT NULL,
  `At` datetime(6) NOT NULL,
  PRIMARY KEY (`ApplicationId`),
  KEY `IX_service_ratings_BankId` (`BankId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `service_ratings` WRITE;
/*!40000 ALTER TABLE `service_ratings` DISABLE KEYS */;
INSERT INTO `service_ratings` VALUES
('01a233ae-c8df-7bfb-9350-daffdae207ce','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1',5,'一周到账','2026-12-01 22:17:03.176906');
/*!40000 ALTER TABLE `service_ratings` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `social_insurance_records`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `social_insurance_records` (
  `CreditCode` varchar(18) NOT NULL,
  `AsOf` date NOT NULL,
  `MonthsPaidLast12` int(11) NOT NULL,
  `Headcount` int(11) NOT NULL,
  `BatchId` varchar(64) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`CreditCode`,`AsOf`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `social_insurance_records` WRITE;
/*!40000 ALTER TABLE `social_insurance_records` DISABLE KEYS */;
INSERT INTO `social_insurance_records` VALUES
('9113068200000YK9PK','2026-10-31',12,8,'si-2026','2026-12-01 22:17:02.299611');
/*!40000 ALTER TABLE `social_insurance_records` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `station_days`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `station_days` (
  `StationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `BusinessDate` date NOT NULL,
  `ExpectedCash` decimal(18,2) NOT NULL,
  `CountedCash` decimal(18,2) NOT NULL,
  `Transactions` int(11) NOT NULL,
  `ClosedAt` datetime(6) NOT NULL,
  `ClosedBy` varchar(200) NOT NULL,
  PRIMARY KEY (`StationId`,`BusinessDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `station_days` WRITE;
/*!40000 ALTER TABLE `station_days` DISABLE KEYS */;
INSERT INTO `station_days` VALUES
('01a233ae-cd9a-76d4-a109-1f76f44f8578','2026-12-02',9234.56,9224.56,7,'2026-12-01 22:17:04.631471','agent8d24a5011d074d74 (496fd79c-69db-4d3a-9282-0dda665c0d08)');
/*!40000 ALTER TABLE `station_days` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `station_transactions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `station_transactions` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `StationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Type` varchar(24) NOT NULL,
  `AccountId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `MaskedAccountNo` varchar(40) DEFAULT NULL,
  `ToAccountId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Amount` decimal(18,2) NOT NULL,
  `BillNo` varchar(40) DEFAULT NULL,
  `Payee` varchar(100) DEFAULT NULL,
  `BusinessDate` date NOT NULL,
  `PostedAt` datetime(6) NOT NULL,
  `PostingId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `BalanceAfter` decimal(18,2) DEFAULT NULL,
  `StationCashAfter` decimal(18,2) NOT NULL,
  `Agent` varchar(200) NOT NULL,
  `ReceiptNo` varchar(24) NOT NULL,
  `ReversedById` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `ReversalOfId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Version` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_station_transactions_ReceiptNo` (`ReceiptNo`),
  KEY `IX_station_transactions_AccountId_BusinessDate` (`AccountId`,`BusinessDate`),
  KEY `IX_station_transactions_StationId_BusinessDate` (`StationId`,`BusinessDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `station_transactions` WRITE;
/*!40000 ALTER TABLE `station_transactions` DISABLE KEYS */;
INSERT INTO `station_transactions` VALUES
('01a233ae-d00f-72d5-a602-952b3928e341','01a233ae-cd9a-76d4-a109-1f76f44f8578','Replenish',NULL,NULL,NULL,10000.00,NULL,NULL,'2026-12-02','2026-12-01 22:17:04.245542','01a233ae-d00e-784d-b2f7-e2c538ab1c19',NULL,10000.00,'agent8d24a5011d074d74','R202612022B3928E341',NULL,NULL,'7703226d-10e9-4cd7-b707-1502180ded61'),
('01a233ae-d0ae-760b-ade3-d32529faa35a','01a233ae-cd9a-76d4-a109-1f76f44f8578','CashDeposit','01a233ae-cf3a-7f6c-a892-1abb17d11021','621*********5171',NULL,1234.56,NULL,NULL,'2026-12-02','2026-12-01 22:17:04.414380','01a233ae-d0ae-7dc6-b572-3e4cc998686b',2034.56,11234.56,'agent8d24a5011d074d74','R202612022529FAA35A',NULL,NULL,'04c604b7-5d8e-4167-9760-cfbb79169fb7'),
('01a233ae-d0d5-79f8-ac46-0877b7cf588a','01a233ae-cd9a-76d4-a109-1f76f44f8578','CashWithdrawal','01a233ae-cf3a-7f6c-a892-1abb17d11021','621*********5171',NULL,500.00,NULL,NULL,'2026-12-02','2026-12-01 22:17:04.465836','01a233ae-d0d5-7400-aacc-b93d9d90e5f1',1534.56,10734.56,'agent8d24a5011d074d74','R2026120277B7CF588A','01a233ae-d139-70f5-9bc8-7a50d2cddfda',NULL,'1b302597-0dca-440b-b028-828b81dbb5f9'),
('01a233ae-d0ea-7b82-a6bd-4a420f3efd49','01a233ae-cd9a-76d4-a109-1f76f44f8578','Transfer','01a233ae-cf3a-7f6c-a892-1abb17d11021','621*********5171','01a233ae-cfcb-7547-86ee-621ef115c359',34.56,NULL,NULL,'2026-12-02','2026-12-01 22:17:04.486570','01a233ae-d0ea-77e5-9c5d-97ae311cfc8f',1500.00,10734.56,'agent8d24a5011d074d74','R20261202420F3EFD49',NULL,NULL,'0dc5e00a-7fe7-4901-bc9a-4c1305cf9a63'),
('01a233ae-d0f7-7758-ae2e-05cc2ee763a2','01a233ae-cd9a-76d4-a109-1f76f44f8578','UtilityPayment','01a233ae-cf3a-7f6c-a892-1abb17d11021','621*********5171',NULL,88.80,'DF-0001','定州供电公司','2026-12-02','2026-12-01 22:17:04.497279','01a233ae-d0f6-79ad-b502-1cd68368be53',1411.20,10734.56,'agent8d24a5011d074d74','R20261202CC2EE763A2',NULL,NULL,'4582ddf0-77a2-4fec-8e14-c4eeb98ae656'),
('01a233ae-d139-70f5-9bc8-7a50d2cddfda','01a233ae-cd9a-76d4-a109-1f76f44f8578','Reversal','01a233ae-cf3a-7f6c-a892-1abb17d11021','621*********5171',NULL,500.00,NULL,NULL,'2026-12-02','2026-12-01 22:17:04.539753','01a233ae-d138-7ee8-bdb0-58c33d650614',1911.20,11234.56,'agent8d24a5011d074d74','R2026120250D2CDDFDA',NULL,'01a233ae-d0d5-79f8-ac46-0877b7cf588a','0e22fab1-8a8a-4b5b-97bf-1338bdbe85e7'),
('01a233ae-d14d-7a37-96d4-13b744efc133','01a233ae-cd9a-76d4-a109-1f76f44f8578','Return',NULL,NULL,NULL,2000.00,NULL,NULL,'2026-12-02','2026-12-01 22:17:04.586222','01a233ae-d14d-7905-a138-01d38d2b9de9',NULL,9234.56,'agent8d24a5011d074d74','R20261202B744EFC133',NULL,NULL,'98602449-88e0-4223-b33c-9a90f9ca10c6');
/*!40000 ALTER TABLE `station_transactions` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `stations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `stations` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Name` varchar(100) NOT NULL,
  `VillageCode` varchar(12) NOT NULL,
  `PartnerBankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `CashFloatLimit` decimal(18,2) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_stations_PartnerBankId` (`PartnerBankId`),
  KEY `IX_stations_VillageCode` (`VillageCode`),
  CONSTRAINT `FK_stations_banks_PartnerBankId` FOREIGN KEY (`PartnerBankId`) REFERENCES `banks` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `stations` WRITE;
/*!40000 ALTER TABLE `stations` DISABLE KEYS */;
INSERT INTO `stations` VALUES
('01a233ae-cd9a-76d4-a109-1f76f44f8578','翟村服务站','130682101001','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1',50000.00,'2026-12-01 22:17:03.642309');
/*!40000 ALTER TABLE `stations` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `stats_applications_daily`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `stats_applications_daily` (
  `Dimension` varchar(1) NOT NULL,
  `Day` date NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `GroupKey` varchar(12) NOT NULL,
  `Applications` bigint(20) NOT NULL,
  `Approvals` bigint(20) NOT NULL,
  `Rejections` bigint(20) NOT NULL,
  `Accepts` bigint(20) NOT NULL,
  `AcceptSeconds` bigint(20) NOT NULL,
  `Decisions` bigint(20) NOT NULL,
  `DecideSeconds` bigint(20) NOT NULL,
  `Loans` bigint(20) NOT NULL,
  `AmountFen` bigint(20) NOT NULL,
  `DaysToDisburse` bigint(20) NOT NULL,
  `Overdue` bigint(20) NOT NULL,
  PRIMARY KEY (`Dimension`,`Day`,`BankId`,`GroupKey`),
  KEY `IX_stats_applications_daily_BankId_Dimension_Day` (`BankId`,`Dimension`,`Day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `stats_applications_daily` WRITE;
/*!40000 ALTER TABLE `stats_applications_daily` DISABLE KEYS */;
INSERT INTO `stats_applications_daily` VALUES
('B','2026-12-02','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','',4,1,0,2,0,1,0,1,12000000,0,0),
('B','2026-12-02','01a233ae-c150-7cfa-b364-814237f19be1','',1,0,1,0,0,1,0,0,0,0,0),
('I','2026-12-02','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','A',4,1,0,2,0,1,0,1,12000000,0,0),
('I','2026-12-02','01a233ae-c150-7cfa-b364-814237f19be1','A',1,0,1,0,0,1,0,0,0,0,0),
('T','2026-12-02','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','130682101',2,1,0,2,0,1,0,1,12000000,0,0),
('T','2026-12-02','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1','130682102',2,0,0,0,0,0,0,0,0,0,0),
('T','2026-12-02','01a233ae-c150-7cfa-b364-814237f19be1','130682102',1,0,1,0,0,1,0,0,0,0,0);
/*!40000 ALTER TABLE `stats_applications_daily` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `stats_served_days`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `stats_served_days` (
  `Scope` varchar(32) NOT NULL,
  `EnterpriseId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Day` date NOT NULL,
  PRIMARY KEY (`Scope`,`EnterpriseId`,`Day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `stats_served_days` WRITE;
/*!40000 ALTER TABLE `stats_served_days` DISABLE KEYS */;
INSERT INTO `stats_served_days` VALUES
('','01a233ae-c55f-7f54-8e9c-9424b0de0512','2026-12-02'),
('01a233aebf267b9e9e2e6e418dce3fc1','01a233ae-c55f-7f54-8e9c-9424b0de0512','2026-12-02');
/*!40000 ALTER TABLE `stats_served_days` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `stats_served_pairs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `stats_served_pairs` (
  `Scope` varchar(32) NOT NULL,
  `Day` date NOT NULL,
  `PrevDay` date NOT NULL,
  `N` bigint(20) NOT NULL,
  PRIMARY KEY (`Scope`,`Day`,`PrevDay`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `stats_served_pairs` WRITE;
/*!40000 ALTER TABLE `stats_served_pairs` DISABLE KEYS */;
INSERT INTO `stats_served_pairs` VALUES
('','2026-12-02','0001-01-01',1),
('01a233aebf267b9e9e2e6e418dce3fc1','2026-12-02','0001-01-01',1);
/*!40000 ALTER TABLE `stats_served_pairs` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `stats_station_daily`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `stats_station_daily` (
  `Day` date NOT NULL,
  `StationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Type` varchar(24) NOT NULL,
  `Count` bigint(20) NOT NULL,
  `AmountFen` bigint(20) NOT NULL,
  PRIMARY KEY (`Day`,`StationId`,`Type`),
  KEY `IX_stats_station_daily_StationId_Day` (`StationId`,`Day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `stats_station_daily` WRITE;
/*!40000 ALTER TABLE `stats_station_daily` DISABLE KEYS */;
INSERT INTO `stats_station_daily` VALUES
('2026-12-02','01a233ae-cd9a-76d4-a109-1f76f44f8578','CashDeposit',1,123456),
('2026-12-02','01a233ae-cd9a-76d4-a109-1f76f44f8578','CashWithdrawal',1,50000),
('2026-12-02','01a233ae-cd9a-76d4-a109-1f76f44f8578','Replenish',1,1000000),
('2026-12-02','01a233ae-cd9a-76d4-a109-1f76f44f8578','Return',1,200000),
('2026-12-02','01a233ae-cd9a-76d4-a109-1f76f44f8578','Reversal',1,50000),
('2026-12-02','01a233ae-cd9a-76d4-a109-1f76f44f8578','Transfer',1,3456),
('2026-12-02','01a233ae-cd9a-76d4-a109-1f76f44f8578','UtilityPayment',1,8880);
/*!40000 ALTER TABLE `stats_station_daily` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `tax_ratings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tax_ratings` (
  `CreditCode` varchar(18) NOT NULL,
  `Year` int(11) NOT NULL,
  `Rating` varchar(1) NOT NULL,
  `BatchId` varchar(64) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`CreditCode`,`Year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `tax_ratings` WRITE;
/*!40000 ALTER TABLE `tax_ratings` DISABLE KEYS */;
INSERT INTO `tax_ratings` VALUES
('9113068200000YK9PK',2025,'A','tax-2025','2026-12-01 22:17:02.288919'),
('9113068200000YK9RR',2025,'B','tax-2025','2026-12-01 22:17:02.288919');
/*!40000 ALTER TABLE `tax_ratings` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `user_claims`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user_claims` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `UserId` varchar(255) NOT NULL,
  `ClaimType` longtext DEFAULT NULL,
  `ClaimValue` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_user_claims_UserId` (`UserId`),
  CONSTRAINT `FK_user_claims_users_UserId` FOREIGN KEY (`UserId`) REFERENCES `users` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `user_claims` WRITE;
/*!40000 ALTER TABLE `user_claims` DISABLE KEYS */;
/*!40000 ALTER TABLE `user_claims` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `user_logins`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user_logins` (
  `LoginProvider` varchar(255) NOT NULL,
  `ProviderKey` varchar(255) NOT NULL,
  `ProviderDisplayName` longtext DEFAULT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`LoginProvider`,`ProviderKey`),
  KEY `IX_user_logins_UserId` (`UserId`),
  CONSTRAINT `FK_user_logins_users_UserId` FOREIGN KEY (`UserId`) REFERENCES `users` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `user_logins` WRITE;
/*!40000 ALTER TABLE `user_logins` DISABLE KEYS */;
/*!40000 ALTER TABLE `user_logins` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `user_tokens`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user_tokens` (
  `UserId` varchar(255) NOT NULL,
  `LoginProvider` varchar(255) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Value` longtext DEFAULT NULL,
  PRIMARY KEY (`UserId`,`LoginProvider`,`Name`),
  CONSTRAINT `FK_user_tokens_users_UserId` FOREIGN KEY (`UserId`) REFERENCES `users` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `user_tokens` WRITE;
/*!40000 ALTER TABLE `user_tokens` DISABLE KEYS */;
/*!40000 ALTER TABLE `user_tokens` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `users` (
  `Id` varchar(255) NOT NULL,
  `DisplayName` varchar(100) NOT NULL,
  `Role` varchar(16) NOT NULL,
  `BankId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `EnterpriseId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `StationId` char(36) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UserName` varchar(256) DEFAULT NULL,
  `NormalizedUserName` varchar(256) DEFAULT NULL,
  `Email` varchar(256) DEFAULT NULL,
  `NormalizedEmail` varchar(256) DEFAULT NULL,
  `EmailConfirmed` tinyint(1) NOT NULL,
  `PasswordHash` longtext DEFAULT NULL,
  `SecurityStamp` longtext DEFAULT NULL,
  `ConcurrencyStamp` longtext DEFAULT NULL,
  `PhoneNumber` longtext DEFAULT NULL,
  `PhoneNumberConfirmed` tinyint(1) NOT NULL,
  `TwoFactorEnabled` tinyint(1) NOT NULL,
  `LockoutEnd` datetime(6) DEFAULT NULL,
  `LockoutEnabled` tinyint(1) NOT NULL,
  `AccessFailedCount` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`),
  KEY `EmailIndex` (`NormalizedEmail`),
  KEY `IX_users_BankId` (`BankId`),
  KEY `IX_users_EnterpriseId` (`EnterpriseId`),
  KEY `IX_users_StationId` (`StationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` VALUES
('0be387a7-bcab-4df3-8f2e-a09e0496578e','信贷员','bank','01a233ae-c150-7cfa-b364-814237f19be1',NULL,NULL,'2026-12-01 22:17:00.603601','officerba6907c5d26141f6','OFFICERBA6907C5D26141F6',NULL,NULL,0,'AQAAAAIAAYagAAAAEE9q1wAKMn6VVDb4a1HaaWgvcR7BV5zl2M0ogRJJ02npSnfbnj/ZuN2j3iENezWOlg==','DHMZE2RRKLKLE7RBNBALBZQEN7ILAUKE','c9dda6fa-c9c4-4e3b-8b99-2902c2655c9d',NULL,0,0,NULL,1,0),
('496fd79c-69db-4d3a-9282-0dda665c0d08','代办员','agent',NULL,NULL,'01a233ae-cd9a-76d4-a109-1f76f44f8578','2026-12-01 22:17:03.691583','agent8d24a5011d074d74','AGENT8D24A5011D074D74',NULL,NULL,0,'AQAAAAIAAYagAAAAEBlmeboBS0SumZU0f7H8A9t4ySp4euVug/PuvUDGrChSkw+tENwYzUUVB7uYV/+nnQ==','OTIY4NNWPYUANUOCWKE2LMNOZP7R4YJN','589d8f4b-ece9-4f58-8053-15f04f3d5e36',NULL,0,0,NULL,1,0),
('60b73096-235c-4034-9351-ac04551a39bb','定州市牛牛养殖专业合作社','enterprise',NULL,'01a233ae-c55f-7f54-8e9c-9424b0de0512',NULL,'2026-12-01 22:17:01.535802','ent8ff4212faca1454d','ENT8FF4212FACA1454D',NULL,NULL,0,'AQAAAAIAAYagAAAAEIJTw8qHjPaXcL3NabIRdHa3G8vPJbVmh63v+MEVUDUTTDrJPowma4mYVrqch2CjIA==','FRU5OAGWR5TCTG4C4S5EAKWJSYTUFRJO','e5fec38f-c212-43e8-9b69-8d360dfedf2e',NULL,0,0,NULL,1,0),
('9a97d040-00ed-4cf2-a98f-e8ad1d0465c3','信贷员','bank','01a233ae-bf26-7b9e-9e2e-6e418dce3fc1',NULL,NULL,'2026-12-01 22:17:00.088519','officer7f9a7e77e0f44b13','OFFICER7F9A7E77E0F44B13',NULL,NULL,0,'AQAAAAIAAYagAAAAEDBvMoBEUPBQsOE6GdRM/L0++ue+Mdg8XcMkFSet3uR7+bUg32AtvXE3pklvlhpXbA==','VNNCA7UUKOH47DAFPPZHBK3SZUQBGF5S','4217737e-5c85-4bfa-9da5-db5fb73a8904',NULL,0,0,NULL,1,0),
('b38f1713-b1da-4ff0-8553-5b048cc4d4d7','Bureau administrator','bureau',NULL,NULL,NULL,'2026-12-01 22:16:58.060812','admin','ADMIN',NULL,NULL,0,'AQAAAAIAAYagAAAAEIuAr3jQBUzeJtmySEVLe653dZd/Z/52VBVHjO7b91k0C7W6vfXl82GNLtd1tTgr1Q==','ZM34RIB4DTNKRS63KZ3ZEYAC363ELS37','0a3b22bf-45a0-4d21-9973-0b127c291a3b',NULL,0,0,NULL,1,0),
('b652cf8f-5fab-4ac0-9f97-da7d70932143','定州市富民蔬菜种植专业合作社','enterprise',NULL,'01a233ae-c796-7a3a-89ee-ca24b48b9792',NULL,'2026-12-01 22:17:02.102823','ent7de06d27f4fd4ad4','ENT7DE06D27F4FD4AD4',NULL,NULL,0,'AQAAAAIAAYagAAAAEHH8udMLjLvN/tKiLEwlKwxwppn5bafDy1qtEXZdu52+CyMm/JZiY5Amd9v4S4IExg==','DSFM5XUZJEPPHQOQJMVSCMW6HPKPZZQC','9aa0e99b-f6a2-4755-bc3c-c3469046594a',NULL,0,0,NULL,1,0);
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `utility_records`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `utility_records` (
  `CreditCode` varchar(18) NOT NULL,
  `AsOf` date NOT NULL,
  `ArrearsMonthsLast12` int(11) NOT NULL,
  `BatchId` varchar(64) NOT NULL,
  `ImportedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`CreditCode`,`AsOf`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `utility_records` WRITE;
/*!40000 ALTER TABLE `utility_records` DISABLE KEYS */;
/*!40000 ALTER TABLE `utility_records` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;


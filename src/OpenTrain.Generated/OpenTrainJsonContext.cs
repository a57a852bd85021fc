using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Generated;

/// <summary>The single source-generated JSON context: every contract goes through it (no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ApiErrorEnvelope))]
[JsonSerializable(typeof(CliFailure))]
[JsonSerializable(typeof(RegisterIdentityRequest))]
[JsonSerializable(typeof(RegisterIdentityResponse))]
[JsonSerializable(typeof(StartClaimRequest))]
[JsonSerializable(typeof(StartClaimResponse))]
[JsonSerializable(typeof(ClaimTokenResponse))]
[JsonSerializable(typeof(AuthMeResponse))]
[JsonSerializable(typeof(RegisterResult))]
[JsonSerializable(typeof(ClaimResult))]
[JsonSerializable(typeof(ClaimStatusResult))]
[JsonSerializable(typeof(LoginResult))]
[JsonSerializable(typeof(LogoutResult))]
[JsonSerializable(typeof(VersionResult))]
[JsonSerializable(typeof(ApprovalEnvelope))]
// Jobs, proposals, freelancers, messages
[JsonSerializable(typeof(CreateJobDraftRequest))]
[JsonSerializable(typeof(JobDraftResponse))]
[JsonSerializable(typeof(PublishJobResponse))]
[JsonSerializable(typeof(UpdatePublishedJobResponse))]
[JsonSerializable(typeof(CloseJobResponse))]
[JsonSerializable(typeof(MyJobsResponse))]
[JsonSerializable(typeof(PublicJobSearchResponse))]
[JsonSerializable(typeof(PublicJob))]
[JsonSerializable(typeof(JobFacetsResponse))]
[JsonSerializable(typeof(JobChangesResponse))]
[JsonSerializable(typeof(InviteFreelancerRequest))]
[JsonSerializable(typeof(InviteFreelancerResponse))]
[JsonSerializable(typeof(ProposalListResponse))]
[JsonSerializable(typeof(ProposalEnvelope))]
[JsonSerializable(typeof(ProposalInterviewEnvelope))]
[JsonSerializable(typeof(HireProposalRequest))]
[JsonSerializable(typeof(FreelancerEnvelope))]
[JsonSerializable(typeof(ConversationListResponse))]
[JsonSerializable(typeof(MessagePage))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(SendMessageResponse))]
[JsonSerializable(typeof(StartConversationResponse))]
// contracts, milestones, credits, updates, webhooks, tokens, team, payments
[JsonSerializable(typeof(ContractListResponse))]
[JsonSerializable(typeof(ContractResponse))]
[JsonSerializable(typeof(ContractEndResponse))]
[JsonSerializable(typeof(CreateMilestoneRequest))]
[JsonSerializable(typeof(MilestoneResponse))]
[JsonSerializable(typeof(CreditsResponse))]
[JsonSerializable(typeof(LedgerPage))]
[JsonSerializable(typeof(CreateTopUpRequest))]
[JsonSerializable(typeof(TopUpCreated))]
[JsonSerializable(typeof(TopUpResponse))]
[JsonSerializable(typeof(UpdatesPage))]
[JsonSerializable(typeof(CreateWebhookRequest))]
[JsonSerializable(typeof(WebhookCreated))]
[JsonSerializable(typeof(WebhookListResponse))]
[JsonSerializable(typeof(WebhookResponse))]
[JsonSerializable(typeof(SignatureVerified))]
[JsonSerializable(typeof(TokenListResponse))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(TeamResponse))]
[JsonSerializable(typeof(TeamInviteRequest))]
[JsonSerializable(typeof(TeamInviteResponse))]
[JsonSerializable(typeof(PendingPaymentsResponse))]
[JsonSerializable(typeof(CapabilitiesResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class OpenTrainJsonContext : JsonSerializerContext;

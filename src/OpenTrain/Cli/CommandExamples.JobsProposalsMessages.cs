namespace OpenTrain.Cli;

internal static partial class CommandExamples
{
    static partial void AddJobsProposalsMessages(Dictionary<string, string> examples)
    {
        examples["jobs draft create"] =
            "opentrain jobs draft create --description \"We need 5 fluent Spanish speakers to label 20,000 posts\" --idempotency-key batch-7\n" +
            "opentrain jobs draft create --description-file brief.txt --external-id acme-batch-7";
        examples["jobs draft update"] =
            "opentrain jobs draft update job_123 --set experienceLevel=INTERMEDIATE --set pricePerLabel=0.05 --set 'languages=[\"Spanish\"]'";
        examples["jobs publish"] = "opentrain jobs publish job_123";
        examples["jobs update-published"] = "opentrain jobs update-published job_123 --set headcount=8 --set 'jobTitle=Spanish sentiment labeling'";
        examples["jobs close"] = "opentrain jobs close job_123";
        examples["jobs list"] = "opentrain jobs list --status OPEN --limit 50";
        examples["jobs search"] = "opentrain jobs search --query sentiment --language Spanish --pay-type PAY_PER_HOUR";
        examples["jobs invite"] = "opentrain jobs invite job_123 --freelancer-id usr_456";
        examples["proposals list"] = "opentrain proposals list job_123 --status SHORTLISTED";
        examples["proposals get"] = "opentrain proposals get prop_789";
        examples["proposals hire"] =
            "opentrain proposals hire prop_789 --milestone-name \"First batch\" --amount 300 --due-date 2026-07-01";
        examples["freelancers get"] = "opentrain freelancers get maria-g";
        examples["messages list"] = "opentrain messages list --filter proposal --unread-only";
        examples["messages unread"] = "opentrain messages unread";
        examples["messages read"] = "opentrain messages read conv_42 --limit 50";
        examples["messages send"] =
            "opentrain messages send conv_42 --content \"Hi Maria, can you start Monday?\"\n" +
            "opentrain messages send conv_42 --content-file - < reply.txt";
        examples["messages start-proposal-thread"] = "opentrain messages start-proposal-thread prop_789";
    }
}

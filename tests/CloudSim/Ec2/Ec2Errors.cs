namespace HostPool.CloudSim.Ec2;

/// <summary>The EC2 errors the simulator answers with, with the codes and HTTP statuses of the API samples.</summary>
internal static class Ec2Errors
{
    public static Ec2Exception MissingParameter(string name) =>
        new("MissingParameter", $"The request must contain the parameter {name}");

    public static Ec2Exception InvalidParameterValue(string name, string value) =>
        new("InvalidParameterValue", $"Value ({value}) for parameter {name} is invalid.");

    public static Ec2Exception InvalidFilter(string name) =>
        new("InvalidParameterValue", $"The filter '{name}' is invalid");

    public static Ec2Exception InvalidAction(string action) =>
        new("InvalidAction", $"The action {action} is not valid for this web service.");

    public static Ec2Exception NotFound(string code, string what, string id) =>
        new(code, $"The {what} '{id}' does not exist");

    public static Ec2Exception MissingAuthenticationToken() =>
        new("MissingAuthenticationToken", "Request is missing Authentication Token", 401);

    public static Ec2Exception AuthFailure() =>
        new("AuthFailure", "AWS was not able to validate the provided access credentials", 401);

    public static Ec2Exception RequestLimitExceeded() =>
        new("RequestLimitExceeded", "Request limit exceeded.", 503);

    public static Ec2Exception InternalError() =>
        new("InternalError", "An internal error has occurred.", 500);

    public static Ec2Exception Unavailable() =>
        new("Unavailable", "The server is overloaded and can't handle the request.", 503);

    public static Ec2Exception InsufficientInstanceCapacity(string instanceType) =>
        new(
            "InsufficientInstanceCapacity",
            $"We currently do not have sufficient {instanceType} capacity in the Availability Zone you requested. Our system will be working on provisioning additional capacity.",
            500);

    public static Ec2Exception DependencyViolation(string groupId) =>
        new("DependencyViolation", $"resource {groupId} has a dependent object");

    public static Ec2Exception IncorrectInstanceState(string instanceId, string state) =>
        new("IncorrectInstanceState", $"The instance '{instanceId}' is not in a state from which it can be started or stopped (it is {state}).");

    /// <summary>An error chosen by code (for scripted faults), with the status EC2 sends for it.</summary>
    public static Ec2Exception ByCode(string code) => code switch
    {
        "RequestLimitExceeded" => RequestLimitExceeded(),
        "InternalError" => InternalError(),
        "Unavailable" => Unavailable(),
        "UnauthorizedOperation" => new(code, "You are not authorized to perform this operation.", 403),
        "AuthFailure" => AuthFailure(),
        "InsufficientInstanceCapacity" => InsufficientInstanceCapacity("t3.medium"),
        _ => new(code, $"Injected failure {code}."),
    };
}

namespace DinActions.Provisioning.Tests.Emulation;

/// <summary>Starts one emulator per test class instance and stops it after the test.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    private ProviderEmulator? emulator;

    protected ProviderEmulator Emulator => emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() => emulator = await ProviderEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }
}

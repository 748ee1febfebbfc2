int hal;
